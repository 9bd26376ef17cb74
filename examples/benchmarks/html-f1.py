"""Per-page body scores of the html format on the public article-extraction benchmark, as CSV.

usage (from the repository root):
    ../shared/bench/article-extraction-benchmark/run --keep /tmp/aeb -- \
        java -jar examples/cli/target/articlenorm.jar --format html
    python3 examples/benchmarks/html-f1.py /tmp/aeb/prediction.json > examples/benchmarks/html-f1.csv

Uses the benchmark's own scorer (score.py) for each page: 4-token shingle precision, recall and their F1.
"""
import sys, json, os, importlib.util

# The benchmark folder: ../shared/bench/article-extraction-benchmark from the repository root, or $BENCH.
BENCH = os.environ.get('BENCH', os.path.join('..', 'shared', 'bench', 'article-extraction-benchmark'))
spec = importlib.util.spec_from_file_location('score', BENCH + '/score.py')
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
truth = json.load(open(BENCH + '/ground-truth.json'))
pred = json.load(open(sys.argv[1]))
print('page,url,precision,recall,f1,truth_tokens,predicted_tokens')
for k in sorted(truth):
    t = truth[k].get('articleBody', ''); p = (pred.get(k) or {}).get('articleBody', '')
    c = sc.page_counts(t, p)
    pr, rc = sc.page_precision(*c), sc.page_recall(*c)
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    print(f"{k},{truth[k].get('url','')},{pr:.4f},{rc:.4f},{f:.4f},{len(sc.tokens(t))},{len(sc.tokens(p))}")
