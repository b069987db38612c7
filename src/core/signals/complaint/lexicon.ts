// Word lists that let the complaint model generalise past the n-grams it saw: words of
// dissatisfaction and of satisfaction. Each word found adds one shared feature, so a rare
// word such as "abysmal" counts even when the training tweets never used it.

/** Words that express dissatisfaction with a product, service or company. */
export const NEGATIVE: ReadonlySet<string> = new Set(
  `abysmal angry annoyed annoying appalled appalling atrocious awful bad badly broken broke bug buggy cancelled canceled
  careless charged cheated clueless complain complaint complaints crap crappy crash crashed crashes crashing damaged dead
  delay delayed delays disappointed disappointing disappointment disgrace disgraceful disgusted disgusting dissatisfied
  down error errors fail failed failing fails failure fault faulty frustrated frustrating frustration furious garbage
  hate hated horrible horrendous ignored ignoring illegal impossible inadequate incompetent incorrect inconvenience
  issue issues joke lie lied lies lost mess messed misleading missing nightmare nothing outage outrageous overcharged
  pathetic poor poorly problem problems refund refused ridiculous rip ripoff robbed rubbish rude ruined scam shame
  shameful shocking sick slow sorry stolen stranded stuck sucks terrible twice unacceptable unable unfair unhappy
  unhelpful unprofessional unreliable upset useless wait waited waiting waste wasted worse worst wrong yet still
  again never nobody nope ugh wtf smh`.split(/\s+/),
);

/** Words that express satisfaction or thanks. */
export const POSITIVE: ReadonlySet<string> = new Set(
  `amazing appreciate appreciated awesome brilliant cheers congrats congratulations delighted enjoy enjoyed excellent
  excited fab fabulous fantastic glad good great happy helpful impressed kind love loved loving lovely nice perfect
  pleased recommend smooth star superb thank thanks thx wonderful yay welcome best cool`.split(/\s+/),
);
