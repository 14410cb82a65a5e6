# Samples sentences with digits from given ../shared/corpus/gov reports for blind figure labelling
# (issue 12, held-out round 2). python3 scripts/figure-label-sample-reports.py SEED N FILE...
# -> "FILE\tSENTENCE" lines: N random sentences with a digit per report, plus one 分别 sentence if any.
import os, random, re, sys
root = '/work/shared/corpus/gov'
seed = int(sys.argv[1]); n = int(sys.argv[2])
for f in sys.argv[3:]:
    rnd = random.Random(f'{seed}:{f}')
    t = open(os.path.join(root, f)).read().split('\n---', 1)[-1]
    sents = [s.strip() for s in re.split(r'(?<=[。！？；])|\n', t)]
    sents = [s for s in sents if re.search(r'[0-9０-９]', s) and 15 < len(s) < 200 and not s.startswith('——')]
    fen = [s for s in sents if '分别' in s]
    pick = rnd.sample(sents, min(n, len(sents)))
    rest = [s for s in fen if s not in pick]
    if rest: pick.append(rnd.choice(rest))
    for s in pick: print(f, '\t', s)
