// The reader page's side of the holder's annotation (lib/reader/holder.ts): batches go over the
// dictionary port public/reader-boot.js opened (it asked the holder whether it is ready). Should the
// holder fail to answer one (it closed, the port broke, it says "not ready"), that batch and every later
// one go to the reader's own worker instead, started then.
import { createPendingReplies } from '../dispatch/channel';
import { envelope } from '../dispatch/envelope';
import type { ChannelRequest } from '../protocol/envelope';
import type { Result } from '../protocol/result';
import type { ReadingToken } from './readings';
import type { AnnotateClient, RubyHtml, TextsAnnotation } from './worker-protocol';

/** The parts of `runtime.Port` this uses. */
export interface HolderPort {
  postMessage(message: ChannelRequest): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface HolderClientDeps {
  port: HolderPort;
  /** The reader's own worker (started on the first call). */
  fallback(): AnnotateClient;
  /** Called with each batch the holder answered (a mark for the bench and the tests), with how long the
   *  holder took to annotate it (the page asks for that time: `timed`). */
  answered?(computeMs: number | undefined): void;
}

const isResult = (v: unknown): v is Result<TextsAnnotation> =>
  typeof v === 'object' && v !== null && 'ok' in v;

export function createHolderAnnotateClient(deps: HolderClientDeps): AnnotateClient {
  const replies = createPendingReplies();
  let broken = false;
  deps.port.onMessage.addListener(replies.settle);
  deps.port.onDisconnect.addListener(() => {
    broken = true;
    replies.closeAll();
  });
  /** The holder's answer, or null when it gave none (the caller then asks the worker). */
  const ask = async (texts: string[], html: boolean): Promise<TextsAnnotation | null> => {
    if (broken) return null;
    const answer = await replies.ask(
      envelope('dictionary', 'annotate', { texts, html, timed: true }),
      (request) => deps.port.postMessage(request),
    );
    if (!isResult(answer) || !answer.ok) {
      broken = true;
      return null;
    }
    deps.answered?.(typeof answer.value.computeMs === 'number' ? answer.value.computeMs : undefined);
    return answer.value;
  };
  return {
    async tokens(texts): Promise<ReadingToken[][]> {
      const answer = await ask(texts, false);
      if (!answer) return deps.fallback().tokens(texts);
      return 'tokens' in answer ? answer.tokens : [];
    },
    async html(texts): Promise<RubyHtml[]> {
      const answer = await ask(texts, true);
      if (!answer) return deps.fallback().html(texts);
      return 'html' in answer ? answer.html : [];
    },
  };
}
