// Making and recognising messages (lib/protocol/envelope.ts describes them).
import type { ApiOf } from '../protocol/api';
import type { Destination, Envelope } from '../protocol/envelope';
import type { ParamsOf } from '../protocol/handler';

export function envelope<D extends Destination, N extends keyof ApiOf<D> & string>(
  to: D,
  name: N,
  params: ParamsOf<ApiOf<D>, N>,
): Envelope<D, N> {
  return { wenzhai: 1, to, name, params };
}

export function isEnvelope(value: unknown, to: Destination): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.wenzhai === 1 && v.to === to && typeof v.name === 'string';
}

/** Messages from anything but this extension are dropped before dispatch. */
export function isFromThisExtension(sender: { id?: string } | undefined, extensionId: string): boolean {
  return sender?.id === extensionId;
}
