#!/usr/bin/env python3
"""Cleaning across sets, leave one set out: can a scored-feature pass over
the blocks the rules leave as text strip furniture on sites it never saw?

usage: bench/clean-loso.py [CROSSREAD] [--model linear|stumps] [--news DIR]
                          [--first SET=CROSSREAD]...

Runs crossread --json on every page of the ten cleaning sets
(tests/fixtures/clean-real*, each page alone) and on every event of
tests/fixtures/events but those its HELDOUT lists (its reports
together), then describes each block by features that are not any
site's words (length, function words, sentence shape, capitals, digits,
symbols, link-like tokens, place against the story's body, repeats on the
page and in the other reports, flagged neighbours). A block is furniture
when it holds a strip line of its reference and no keep line; every other
block is text (keep lines, facts of an event's reference, headlines,
standfirsts and paragraphs alike). The residual pass judges the blocks
the rules leave, knowing their flags; the pass alone judges every block.

For each cleaning set in turn, a logistic regression (plain gradient
descent, standard library only; --model stumps: gradient-boosted stumps,
which can join features as rules do) is fitted on the other sets and the
events, and its threshold set just above the highest score any text block
of those got (keep 1.000 on what it was fitted on); the left-out set is
then scored with its extra flags by ../shared/tools/score-alignment, page
by page, exactly as tests/score-clean.sh scores it. Prints per fold the
strip (all lines) and keep of main's rules and of rules + the pass, and,
with --news, how many blocks of generated news the pass fitted on
everything would flag.

The rules of CROSSREAD were written from every set, so its strip on a
left-out set is not a left-out figure. --first SET=OLD names the build of
main the set was first scored with (docs/ENGINE-SCORES.md): the residual
pass, fitted on the other sets as above, is then also run over the blocks
OLD's rules left on SET, which is the honest question: on pages no rule
had seen, does the pass add to the rules of the time?
"""
import bisect
import json
import math
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ["clean-real", "clean-real2", "clean-real3", "clean-real4", "clean-real5", "clean-real6",
        "clean-real7", "clean-real8", "clean-real9", "clean-real10", "clean-real11"]
SCORER = os.path.join(TOP, "..", "shared", "tools", "score-alignment")

# English function words: a closed class, not any site's vocabulary.
FUNCTION = set("""a an the of to in on at by for from with as and or but nor
so if that this these those which who whom whose what when where while is
are was were be been being has have had do does did will would shall should
can could may might must it its he she they them his her their we our you
your i me my not no than then there here into over after before about
against between during under up down out off said says also just more most
such only very""".split())
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def run_crossread(cr, paths):
    out = subprocess.run([cr, "--json"] + paths, capture_output=True, check=True)
    return json.loads(out.stdout)


def locate(data, text, nth=None):
    """Byte ranges of every (or the nth) occurrence of text in data (as the scorer)."""
    needle = text.encode("utf-8")
    found, pos = [], data.find(needle)
    while pos >= 0:
        found.append((pos, pos + len(needle)))
        pos = data.find(needle, pos + 1)
    if nth is not None:
        found = [found[i] for i in nth if i < len(found)]
    return found


def features(data, blocks, others):
    """One feature vector per block of a document (others: the other
    reports' block texts, for repeats across reports)."""
    texts = [data[b["start"]:b["end"]].decode("utf-8", "replace").strip() for b in blocks]
    words = [WORD.findall(t) for t in texts]
    long_idx = [i for i, w in enumerate(words) if len(w) >= 30]
    first_long = long_idx[0] if long_idx else len(blocks)
    last_long = long_idx[-1] if long_idx else -1
    counts = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    vecs = []
    for i, (t, w) in enumerate(zip(texts, words)):
        n = len(w)
        nc = max(1, len(t))
        func = sum(x.lower() in FUNCTION for x in w) / max(1, n)
        caps = sum(x[:1].isupper() for x in w) / max(1, n)
        digits = sum(c.isdigit() for c in t) / nc
        symbols = sum(c in "|/#@:©»«•·>–—_=+*[]" for c in t) / nc
        link = int(bool(re.search(r"https?:|www\.|\.com\b|@\w", t)))
        stop = int(t[-1:] in ".!?\"”’)" if t else 0)
        sentence = int(n >= 8 and stop and func >= 0.2)
        lower_start = int(t[:1].islower())
        prev_flag = int(i > 0 and blocks[i - 1]["boilerplate"])
        next_flag = int(i + 1 < len(blocks) and blocks[i + 1]["boilerplate"])
        vecs.append([
            1.0,
            math.log1p(n),
            func,
            float(sentence),
            caps,
            digits * 5,
            symbols * 5,
            float(link),
            float(i < first_long),
            float(i > last_long),
            i / max(1, len(blocks) - 1),
            float(counts[t] > 1),
            float(t in others),
            float(prev_flag),
            float(next_flag),
            float(lower_start),
        ])
    return vecs


def label_doc(data, blocks, strip, keep, facts):
    """For each block: "strip" (holds a strip line and nothing to keep), "keep"
    (holds a keep line or a fact of the reference) or "other" (headlines,
    standfirsts, paragraphs no line of the reference names)."""
    def ranges(lst):
        out = []
        for t in lst:
            out += locate(data, t)
        return out
    s, k = ranges(strip), ranges(keep)
    f = []
    for span in facts:
        if isinstance(span, str):
            f += locate(data, span)
        else:
            f += locate(data, span["text"], span.get("nth"))
    kinds = []
    for b in blocks:
        inside = lambda r: r[0] < b["end"] and r[1] > b["start"]
        if any(map(inside, k)) or any(map(inside, f)):
            kinds.append("keep")
        elif any(map(inside, s)):
            kinds.append("strip")
        else:
            kinds.append("other")
    return kinds


def collect(cr, name, directory, gold, docs):
    """A row (features, label, kind, flagged by the rules) per block of docs opened together."""
    out = run_crossread(cr, [os.path.join(directory, d) for d in docs])
    rows = []
    datas = [open(os.path.join(directory, d), "rb").read() for d in docs]
    all_texts = [[datas[j][b["start"]:b["end"]].decode("utf-8", "replace").strip()
                  for b in doc["blocks"]] for j, doc in enumerate(out["documents"])]
    for j, (d, doc) in enumerate(zip(docs, out["documents"])):
        others = set(t for k, ts in enumerate(all_texts) if k != j for t in ts if len(t) > 0)
        facts = [s for g in gold.get("groups", []) for s in g["spans"].get(d, [])]
        labels = label_doc(datas[j], doc["blocks"], gold.get("strip", {}).get(d, []),
                           gold.get("keep", {}).get(d, []), facts)
        vecs = features(datas[j], doc["blocks"], others)
        for bi, (v, kind) in enumerate(zip(vecs, labels)):
            rows.append({"v": v, "y": int(kind == "strip"), "kind": kind,
                         "ruled": doc["blocks"][bi]["boilerplate"], "block": bi})
    return out, rows


def fit_linear(rows, epochs=400, rate=0.5, l2=1e-3):
    """Logistic regression by full-batch gradient descent, classes weighted
    equally; rows are (features, label) pairs. Returns the scoring function."""
    dim = len(rows[0][0])
    w = [0.0] * dim
    pos = sum(y for _, y in rows) or 1
    neg = len(rows) - pos or 1
    for _ in range(epochs):
        grad = [0.0] * dim
        for v, y in rows:
            p = 1 / (1 + math.exp(-max(-30, min(30, dot(w, v)))))
            cw = 0.5 / pos if y else 0.5 / neg
            for n in range(dim):
                grad[n] += cw * (p - y) * v[n]
        w = [a - rate * (g + l2 * a) for a, g in zip(w, grad)]
    model = lambda v: dot(w, v)
    model.describe = "weights " + " ".join(f"{x:+.2f}" for x in w)
    return model


def fit_stumps(rows, rounds=100, shrink=0.3, cuts=16):
    """Gradient-boosted stumps under the logistic loss (Newton leaves,
    classes weighted equally): a model that can join features as rules do.
    Returns the scoring function."""
    n, dim = len(rows), len(rows[0][0])
    pos = sum(y for _, y in rows) or 1
    neg = n - pos or 1
    cw = [0.5 / pos if y else 0.5 / neg for _, y in rows]
    thresholds, binned = [], []
    for k in range(dim):
        values = sorted(v[k] for v, _ in rows)
        cut = sorted(set(values[(q * (n - 1)) // cuts] for q in range(cuts + 1)))
        thresholds.append(cut)
        binned.append([bisect.bisect_left(cut, v[k]) for v, _ in rows])
    f = [0.0] * n
    stumps = []
    for _ in range(rounds):
        g, h = [], []
        for i, (_, y) in enumerate(rows):
            p = 1 / (1 + math.exp(-max(-30, min(30, f[i]))))
            g.append(cw[i] * (y - p))
            h.append(cw[i] * max(p * (1 - p), 1e-6))
        best = None
        for k in range(dim):
            gb = [0.0] * (len(thresholds[k]) + 1)
            hb = [0.0] * (len(thresholds[k]) + 1)
            for i in range(n):
                gb[binned[k][i]] += g[i]
                hb[binned[k][i]] += h[i]
            gl = hl = 0.0
            gt, ht = sum(gb), sum(hb)
            for c in range(len(thresholds[k])):
                gl += gb[c]
                hl += hb[c]
                if hl <= 0 or ht - hl <= 0:
                    continue
                gain = gl * gl / hl + (gt - gl) ** 2 / (ht - hl)
                if best is None or gain > best[0]:
                    best = (gain, k, thresholds[k][c], gl / hl, (gt - gl) / (ht - hl))
        _, k, cut, left, right = best
        stumps.append((k, cut, shrink * left, shrink * right))
        for i, (v, _) in enumerate(rows):
            f[i] += shrink * (left if v[k] <= cut else right)
    model = lambda v: sum(l if v[k] <= c else r for k, c, l, r in stumps)
    model.describe = f"{len(stumps)} stumps"
    return model


MODELS = {"linear": fit_linear, "stumps": fit_stumps}


def dot(w, v):
    return sum(a * b for a, b in zip(w, v))


def view(row, mode):
    """The row's features as the mode sees them: "residual" judges the blocks
    the rules leave, knowing their flags; "alone" judges every block with
    no rule's flag at all."""
    v = list(row["v"])
    if mode == "alone":
        v[13] = v[14] = 0.0
    return v


def train_rows(rows, mode):
    return [(view(r, mode), r["y"]) for r in rows if mode == "alone" or not r["ruled"]]


def threshold_of(w, rows, mode, guard):
    """Just above the highest score of a text block the pass may judge:
    every non-furniture block ("strict") or those a reference keeps ("keep")."""
    worst = [w(view(r, mode)) for r in rows
             if (mode == "alone" or not r["ruled"]) and r["kind"] in
             (("keep", "other") if guard == "strict" else ("keep",))]
    return max(worst) + 1e-6


def strip_keep(directory, gold_path, page, out):
    """strip hits, strip lines, keep ok, keep lines of one page's output."""
    with tempfile.TemporaryDirectory() as tmp:
        g = os.path.join(tmp, "gold.json")
        o = os.path.join(tmp, "out.json")
        with open(g, "w") as f:
            subprocess.run([sys.executable, os.path.join(TOP, "tests", "gold-page.py"),
                            gold_path, page], stdout=f, check=True)
        with open(o, "w") as f:
            json.dump(out, f)
        res = subprocess.run([sys.executable, SCORER, g, o, "--docs", directory],
                             capture_output=True, text=True, check=True).stdout
    m = re.search(r"strip [\d.]+ \((\d+)/(\d+)\)\s+keep [\d.]+ \((\d+)/(\d+)\)", res)
    return tuple(int(x) for x in m.groups())


def fit_fold(fit, event_rows, pages, left, mode, guard):
    """The pass fitted on the events and every set but left, and its threshold."""
    train = event_rows + [r for s in SETS if s != left for _, _, rows in pages[s] for r in rows]
    w = fit(train_rows(train, mode))
    return w, threshold_of(w, train, mode, guard)


def table_head(before):
    print(f"{'left out':<12} {before:>14} {'keep':>9} {'pass strip':>14} {'keep':>9} {'flagged':>7}")


def score_fold(left, outputs, mode, w, threshold):
    """Scores the left-out set's outputs [(page, out, rows)] as they are and
    with the pass's flags, prints a line and returns the strip with the pass."""
    directory = os.path.join(TOP, "tests", "fixtures", left)
    gold_path = os.path.join(directory, "gold.json")
    before, after, flagged, unnamed = [0] * 4, [0] * 4, 0, 0
    for page, out, rows in outputs:
        before = [a + b for a, b in zip(before, strip_keep(directory, gold_path, page, out))]
        judged = json.loads(json.dumps(out))
        blocks = judged["documents"][0]["blocks"]
        for r in rows:
            if mode == "alone":
                blocks[r["block"]]["boilerplate"] = False
            if (mode == "alone" or not r["ruled"]) and w(view(r, mode)) > threshold:
                blocks[r["block"]]["boilerplate"] = True
                flagged += not r["ruled"]
                unnamed += not r["ruled"] and r["kind"] == "other"
        after = [a + b for a, b in zip(after, strip_keep(directory, gold_path, page, judged))]
    print(f"{left:<12} {before[0] / before[1]:6.3f} ({before[0]:3d}/{before[1]:3d}) "
          f"{before[2]:3d}/{before[3]:3d}   {after[0] / after[1]:6.3f} ({after[0]:3d}/{after[1]:3d}) "
          f"{after[2]:3d}/{after[3]:3d} {flagged:7d} ({unnamed} that no line of the reference names)")
    return after[0] / after[1]


def main():
    args = sys.argv[1:]
    news = None
    if "--news" in args:
        i = args.index("--news")
        news = args[i + 1]
        del args[i:i + 2]
    fit = MODELS["linear"]
    if "--model" in args:
        i = args.index("--model")
        fit = MODELS[args[i + 1]]
        del args[i:i + 2]
    first = {}
    while "--first" in args:
        i = args.index("--first")
        name, old = args[i + 1].split("=", 1)
        first[name] = old
        del args[i:i + 2]
    cr = args[0] if args else os.path.join(TOP, "build", "src", "crossread")

    pages = {}  # set -> [(page, out, rows)]
    for s in SETS:
        directory = os.path.join(TOP, "tests", "fixtures", s)
        gold = json.load(open(os.path.join(directory, "gold.json")))
        pages[s] = []
        for d in sorted(gold["documents"]):
            out, rows = collect(cr, s, directory, gold, [d])
            pages[s].append((d, out, rows))
    event_rows = []
    edir = os.path.join(TOP, "tests", "fixtures", "events")
    with open(os.path.join(edir, "HELDOUT")) as f:
        heldout = set(line.strip() for line in f if not line.startswith("#"))
    for e in sorted(os.listdir(edir)):
        directory = os.path.join(edir, e)
        if e in heldout or not os.path.isfile(os.path.join(directory, "gold.json")):
            continue
        gold = json.load(open(os.path.join(directory, "gold.json")))
        docs = sorted(f for f in os.listdir(directory) if f.endswith(".txt"))
        event_rows += collect(cr, e, directory, gold, docs)[1]
    every = event_rows + [r for s in SETS for _, _, rows in pages[s] for r in rows]
    print("blocks: %d, furniture left unflagged by the rules: %d of %d" % (
        len(every), sum(r["y"] and not r["ruled"] for r in every), sum(r["y"] for r in every)))

    if first:
        print("\nresidual pass over the rules of each set's first score, threshold above every kept block")
        table_head("first strip")
    for left, old in first.items():
        w, threshold = fit_fold(fit, event_rows, pages, left, "residual", "keep")
        directory = os.path.join(TOP, "tests", "fixtures", left)
        gold = json.load(open(os.path.join(directory, "gold.json")))
        outputs = [(d,) + collect(old, left, directory, gold, [d]) for d in sorted(gold["documents"])]
        score_fold(left, outputs, "residual", w, threshold)

    for mode in ("residual", "alone"):
        for guard in ("strict", "keep"):
            print(f"\n{mode} pass, threshold above every {'text' if guard == 'strict' else 'kept'} block")
            table_head("rules strip")
            means = []
            for left in SETS:
                w, threshold = fit_fold(fit, event_rows, pages, left, mode, guard)
                means.append(score_fold(left, pages[left], mode, w, threshold))
            print(f"mean left-out strip {sum(means) / len(means):.3f}")
            w = fit(train_rows(every, mode))
            threshold = threshold_of(w, every, mode, guard)
            print(f"fitted on everything: {w.describe}, threshold {threshold:.3f}")
            if news:
                files = sorted(os.path.join(news, f) for f in os.listdir(news))
                out = run_crossread(cr, files)
                n = total = 0
                for path, doc in zip(files, out["documents"]):
                    data = open(path, "rb").read()
                    for b, v in zip(doc["blocks"], features(data, doc["blocks"], set())):
                        if mode == "alone" or not b["boilerplate"]:
                            total += 1
                            n += w(view({"v": v}, mode)) > threshold
                print(f"generated news: the pass flags {n} of {total} blocks it judges")


if __name__ == "__main__":
    main()
