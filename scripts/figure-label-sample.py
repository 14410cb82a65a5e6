# Samples sentences with digits from ../shared/corpus/gov for blind figure labelling (issue 12).
# python3 scripts/figure-label-sample.py SEED N_PER_STRATUM [EXCLUDE_FILES,] [STRATA,]  -> "FILE\tSENTENCE" lines.
# dev: seeds 1201, 1203 (cities); held-out: 1299, 1297 (cities), each excluding the files drawn before.
import os, random, re, sys, json
root='/work/shared/corpus/gov'
seed=int(sys.argv[1]); n=int(sys.argv[2]); exclude=set(sys.argv[3].split(',')) if len(sys.argv)>3 else set()
rnd=random.Random(seed)
files=[]
for dp,dn,fn in os.walk(root):
    for f in fn:
        if f.endswith('.md'): files.append(os.path.relpath(os.path.join(dp,f),root))
files.sort()
strata={'国务院':[], '省自治区':[], '主要城市':[], '其他地市':[]}
for f in files:
    for k in strata:
        if k in f.split('/')[0]: strata[k].append(f)
out=[]
for k,lst in [(k,v) for k,v in strata.items() if (len(sys.argv)<5 or k in sys.argv[4].split(","))]:
    picks=[f for f in rnd.sample(lst, min(len(lst), n*3)) if f not in exclude]
    # spread decades
    picks.sort(key=lambda f: rnd.random())
    chosen=[]
    decs=set()
    for f in picks:
        m=re.search(r'(\d{4})',f.split('/')[-1]); y=int(m.group(1)) if m else 0
        d=y//10
        if d in decs and len(decs)<4: continue
        decs.add(d); chosen.append(f)
        if len(chosen)>=n: break
    for f in chosen:
        t=open(os.path.join(root,f)).read()
        sents=[s for s in re.split(r'(?<=[。！？])', t) if re.search(r'\d',s) and 20<len(s.strip())<160 and not s.strip().startswith('---') and 'title' not in s]
        fen=[s for s in sents if '分别' in s]
        pick=rnd.sample(sents, min(2,len(sents)))
        if fen: pick.append(rnd.choice(fen))
        for s in pick: out.append((f, s.strip()))
for f,s in out: print(f, '\t', s)
