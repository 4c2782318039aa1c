# Generates corpus/<name>.json from BuildKit's real parser (the Go oracle) for each <name>.Dockerfile.
import json, subprocess, sys, os, glob
import os.path
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'corpus')
sources = {}
for line in open(os.path.join(C, 'SOURCES.txt')):
    if line.startswith('#') or ' <- ' not in line: continue
    n, s = line.strip().split(' <- ')
    sources[n] = s
LISTS = {'SourcePaths','SourceContents','ExcludePatterns','Files','CmdLine','Ports','Volumes','Shell','Env','Labels','Args','Test','comments','flags','heredocs','commands'}
def norm(o):
    if isinstance(o, dict):
        r = {}
        for k, v in o.items():
            if v is None and k in LISTS: v = []
            r[k] = norm(v)
        if 'Health' in r and isinstance(r['Health'], dict):
            h = r['Health']
            for k in ('Test','Interval','Timeout','StartPeriod','StartInterval','Retries'):
                h.setdefault(k, [] if k == 'Test' else 0)
        return r
    if isinstance(o, list):
        return [norm(x) for x in o]
    return o
for path in sorted(glob.glob(C + '/*.Dockerfile')):
    name = os.path.basename(path)[:-len('.Dockerfile')]
    out = json.loads(subprocess.check_output(['/tmp/oracle/bin/oracle', 'parse', path]))
    doc = {'source': sources.get(name, 'hand-written example' if name.startswith('example-') else 'hand-written tricky case')}
    doc['escape'] = out.get('escape')
    doc['nodes'] = [n['dump'] for n in out.get('nodes') or []]
    doc['warnings'] = out.get('warnings') or []
    if 'error' in out:
        doc['error'] = out['error']
        doc['errorLines'] = out['locations']
    else:
        doc['metaArgs'] = norm(out.get('metaArgs') or [])
        doc['stages'] = norm(out.get('stages') or [])
    with open(C + '/' + name + '.json', 'w') as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(name, 'error: ' + doc['error'] if 'error' in doc else 'ok', len(doc['nodes']))
