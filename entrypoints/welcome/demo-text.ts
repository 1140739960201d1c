// The welcome page's demo passage: written for Wenzhai (fictional, like tests/fixtures/demo), in
// Simplified script, with two news-glossary terms (复工复产, 六稳) so the card shows its badge.
export const DEMO_PASSAGE =
  '本市各区近日加快推进复工复产，一批重点项目陆续开工。有关部门负责人表示，将继续做好“六稳”工作，' +
  '支持中小企业发展，保障市场供应。记者在现场看到，工人们正在抓紧施工，周边交通秩序良好。';
