# Lists ../shared/corpus/gov reports never named in the repository (issue 12, blind round 5), then draws a few
# city reports at random: python3 scripts/eval/figures-pick-unseen.py SEED
# A report counts as named when its path, or its region's short name within a few characters of its year
# (national: "national … YEAR"), appears in any tracked text file. Runs no extractor.
import os, random, re, subprocess, sys
root = os.path.join(os.path.dirname(__file__), '../../../shared/corpus/gov')
root = os.environ.get('GOV', root if os.path.isdir(root) else '/work/shared/corpus/gov')
files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True).stdout.split('\n')
files = [f for f in files if f and not re.search(r'\.(png|jpg|docx|sqlite|ico|woff2?)$', f)]
txt = ''.join(open(f, encoding='utf8', errors='replace').read() for f in files if os.path.isfile(f))
unseen = []
for folder in sorted(os.listdir(root)):
    for entry in sorted(os.listdir(os.path.join(root, folder))):
        pairs = [(entry, '')] if entry.endswith('.md') else [(f, entry) for f in sorted(os.listdir(os.path.join(root, folder, entry)))]
        for f, region in pairs:
            year = f[:-3]
            rel = f'{folder}/{region}/{f}' if region else f'{folder}/{f}'
            if ('corpus/gov/' + rel) in txt: continue
            if region:
                short = re.sub(r'(市|省|自治区|维吾尔|壮族|回族)+$', '', region)
                if re.search(re.escape(short) + r'[^\n]{0,12}' + year, txt) or re.search(year + r'[^\n]{0,6}' + re.escape(short), txt): continue
            elif re.search(r'national[^\n]{0,40}' + year, txt) or re.search(year + r'年?[^\n]{0,3}(national|国务院|全国)', txt): continue
            unseen.append(rel)
print(len(unseen), 'unseen reports')
rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1501)
print('national:', ' '.join(r for r in unseen if '国务院' in r))
print('provinces, 1980s-1990s:', ' '.join(r for r in unseen if '省自治区' in r and r[-7:-5] == '19'))
print('main cities:', rnd.sample([r for r in unseen if '主要城市' in r and r[-7:-3] > '2000'], 3))
print('other cities:', rnd.sample([r for r in unseen if '其他地市' in r], 12))
# Round 11: provinces of any decade, drawn by a fresh generator of the same seed (the provinces of the 1980s–1990s are all
# seen); once a drawn report is labelled it is named, so a rerun draws others.
print('provinces, any year:', random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1501).sample([r for r in unseen if '省自治区' in r], 3))
