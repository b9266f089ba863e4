"""Build wild9/dev: render every résumé definition and write gold.jsonl.  Run from corpora/wild9."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
random.seed(lib.SEED)
from lib import gold_line, render_txt, render_md
from render_pdf import render_pdf
from render_docx import render_docx
import defs_a, defs_b

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev')


def main():
    os.makedirs(OUT, exist_ok=True)
    res_all = defs_a.RESUMES + defs_b.RESUMES
    names = [r['file'] for r in res_all]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as g:
        for r in res_all:
            p = os.path.join(OUT, r['file'])
            ext = r['file'].rsplit('.', 1)[1]
            if ext == 'pdf':
                render_pdf(r, p)
            elif ext == 'docx':
                render_docx(r, p)
            elif ext == 'txt':
                open(p, 'w', encoding='utf-8').write(render_txt(r))
            elif ext == 'md':
                open(p, 'w', encoding='utf-8').write(render_md(r))
            g.write(json.dumps(gold_line(r), ensure_ascii=False) + '\n')
    print('built', len(res_all), 'files')


if __name__ == '__main__':
    main()
