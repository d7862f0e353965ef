#!/usr/bin/env python3
"""Fixtures for --tsmethod / --midp (Tests/Fixtures/exactci.csv).

exactci and exact2x2 (Fay 2010, R Journal 2(1):53) are not in Debian, so their definitions are
computed here from scratch, at 30 significant digits with mpmath:
- p-values: central  = min(1, 2 min(F(x), Fbar(x)));
            minlike  = sum of f(i) over f(i) <= f(x)(1 + 1e-7);
            blaker   = smaller tail of x + the largest opposite tail <= it times (1 + 1e-7);
  mid-p: tails F(i) - f(i)/2, Fbar(i) - f(i)/2; minlike subtracts f(x)/2.
- intervals: the convex hull of {theta : p(theta) > alpha}.
  The search starts where p is below alpha * 1e-6 (asserted), nearest the estimate of 1, 2, 4, ... units.
All three families are exponential families f(i; t) ~ exp(c_i + t i) in t = logit p, log mean,
log odds ratio. The interval is found here independently of courtstat's search: every point
where the set of outcomes a p-value sums can change is listed explicitly (minlike: the closed
form t where c_i + t i = c_x + t x + log(1 + 1e-7); blaker and central: the root of each
tail-equality), the p-value is sampled densely on each piece between them, and the first
crossing of alpha is bisected to 1e-30.
Run: python3 scripts/make-exactci-fixtures.py > Tests/Fixtures/exactci.csv (slow: an hour or so;
"python3 scripts/make-exactci-fixtures.py binom" and so on compute one function, without the header).
"""
import mpmath as mp
import sys

mp.mp.dps = 30
REL = mp.mpf(1) + mp.mpf(10) ** -7
LOGREL = mp.log(REL)


class Family:
    """Outcomes lo..hi with log weights c_i; f(i; t) proportional to exp(c_i + t i)."""

    def __init__(self, lo, c):
        self.lo, self.c = lo, c
        self.hi = lo + len(c) - 1
        self.cache = {}

    def pmf(self, t):
        # Memoised: the breakpoint search asks for the same t once per candidate outcome.
        if t not in self.cache:
            self.cache[t] = self._pmf(t)
        return self.cache[t]

    def _pmf(self, t):
        # exp(c_i + t i) by the recurrence w_i = w_(i-1) * exp(t) * exp(c_i - c_(i-1)) (one exp
        # per call; mpmath numbers do not overflow), then scaled to sum to 1.
        if not hasattr(self, "steps"):
            self.steps = [mp.exp(self.c[j] - self.c[j - 1]) for j in range(1, len(self.c))]
        e = mp.exp(t)
        w = [mp.exp(self.c[0] + t * self.lo)]
        for r in self.steps:
            w.append(w[-1] * e * r)
        s = mp.fsum(w)
        return [v / s for v in w]


def binomial_family(n):
    return Family(0, [mp.log(mp.binomial(n, i)) for i in range(n + 1)])


def poisson_family(x, mu_max):
    # Outcomes up to well beyond the largest mean searched (the tail past it is < 1e-35).
    top = int(mu_max + 15 * mp.sqrt(mu_max) + 60)
    return Family(0, [-mp.loggamma(i + 1) for i in range(top + 1)])


def fisher_family(a, b, c, d):
    m, n, k = a + c, b + d, a + b
    lo, hi = max(0, k - n), min(k, m)
    return Family(lo, [mp.log(mp.binomial(m, i)) + mp.log(mp.binomial(n, k - i)) for i in range(lo, hi + 1)])


def tails(f, midp):
    F, s = [], mp.mpf(0)
    for v in f:
        s += v
        F.append(s)
    G, s = [0] * len(f), mp.mpf(0)
    for j in range(len(f) - 1, -1, -1):
        s += f[j]
        G[j] = s
    if midp:
        F = [F[j] - f[j] / 2 for j in range(len(f))]
        G = [G[j] - f[j] / 2 for j in range(len(f))]
    return F, G


def pvalue(fam, x, t, alternative, method, midp):
    f = fam.pmf(t)
    j = x - fam.lo
    F, G = tails(f, midp)
    if alternative == "less":
        return F[j]
    if alternative == "greater":
        return G[j]
    if method == "central":
        return min(1, 2 * min(F[j], G[j]))
    if method == "minlike":
        d = f[j]
        return min(1, mp.fsum(v for v in f if v <= d * REL) - (d / 2 if midp else 0))
    lower, upper = F[j], G[j]
    if lower <= upper:
        other = [v for v in G if v <= lower * REL]
        return min(1, lower + (max(other) if other else 0))
    other = [v for v in F if v <= upper * REL]
    return min(1, upper + (max(other) if other else 0))


def breakpoints(fam, x, method, midp, a, b):
    """Every t in (a, b) where the outcomes a p-value sums can change."""
    pts = []
    cx = fam.c[x - fam.lo]
    if method == "minlike":
        for j, ci in enumerate(fam.c):
            i = fam.lo + j
            if i < x:
                pts.append((ci - cx - LOGREL) / (x - i))
            elif i > x:
                pts.append((cx - ci + LOGREL) / (i - x))
    else:
        jx = x - fam.lo

        def root(g):
            ga, gb = g(a), g(b)
            if ga == 0 or gb == 0 or (ga > 0) == (gb > 0):
                return None
            lo, hi = a, b
            for _ in range(100):   # 2^-100 of the bracket: ~1e-29, below the 1e-20 step into each piece
                mid = (lo + hi) / 2
                if (g(mid) > 0) == (ga > 0):
                    lo = mid
                else:
                    hi = mid
            return (lo + hi) / 2

        memo = {}

        def tl(t):
            if t not in memo:
                memo[t] = tails(fam.pmf(t), midp)
            return memo[t]

        pts.append(root(lambda t: (lambda FG: FG[0][jx] - FG[1][jx])(tl(t))))
        if method == "blaker":
            # Only the opposite side can join the sum: upper tails beyond x (when x's lower tail
            # is the smaller), lower tails below x (when its upper tail is).
            for j in range(len(fam.c)):
                if j > jx:
                    pts.append(root(lambda t, j=j: (lambda FG: FG[1][j] - REL * FG[0][jx])(tl(t))))
                if j < jx:
                    pts.append(root(lambda t, j=j: (lambda FG: FG[0][j] - REL * FG[1][jx])(tl(t))))
    return sorted(p for p in pts if p is not None and a < p < b)


def first_entry(fam, x, alt, method, midp, alpha, start, end):
    """The first t from start toward end with p(t) > alpha (start is rejected)."""
    lo, hi = (start, end) if start < end else (end, start)
    bps = breakpoints(fam, x, method, midp if alt == "two.sided" else midp, lo, hi) if alt == "two.sided" else []
    edges = [lo] + bps + [hi]
    pieces = list(zip(edges[:-1], edges[1:]))
    if start > end:
        pieces = [(v, u) for (u, v) in reversed(pieces)]
    eps = mp.mpf(10) ** -20   # inside each piece: well above the 30-digit resolution of t
    prev = start

    def p(t):
        return pvalue(fam, x, t, alt, method, midp)

    for (u, v) in pieces:
        step = 1 if v > u else -1
        u2, v2 = u + step * eps, v - step * eps
        for k in range(17):
            t = u2 + (v2 - u2) * k / 16
            if p(t) > alpha:
                r, s = prev, t
                for _ in range(160):
                    mid = (r + s) / 2
                    if p(mid) > alpha:
                        s = mid
                    else:
                        r = mid
                return s
            prev = t
    return None


def interval(fam, x, tmin, tmax, test, alt, method, midp, alpha, span, span_hi=None):
    """Convex hull of {t: p > alpha} on the t scale, searched within tEstimate - span,
    tEstimate + span_hi (where p is far below alpha: checked)."""
    span_hi = span if span_hi is None else span_hi
    low, high = None, None
    def start(direction, limit):
        step = mp.mpf(1)
        while step < limit and pvalue(fam, x, test + direction * step, alt, method, midp) >= alpha * 1e-6:
            step *= 2
        step = min(step, limit)
        assert pvalue(fam, x, test + direction * step, alt, method, midp) < alpha * 1e-6
        return test + direction * step

    if x > fam.lo and alt != "less":
        low = first_entry(fam, x, alt, method, midp, alpha, start(-1, span), test)
    if x < fam.hi and alt != "greater":
        high = first_entry(fam, x, alt, method, midp, alpha, start(1, span_hi), test)
    return low, high


def logistic(t):
    return 1 / (1 + mp.exp(-t))


def fmt(v):
    if v is None:
        return "NA"
    if v == mp.inf:
        return "Inf"
    return mp.nstr(v, 20, min_fixed=-mp.inf, max_fixed=mp.inf) if v != 0 else "0"


def binom_case(x, n, p0, alt, method, midp, level):
    fam = binomial_family(n)
    alpha = 1 - mp.mpf(level)
    t0 = mp.log(p0 / (1 - p0)) if 0 < p0 < 1 else None
    pv = pvalue(fam, x, t0, alt, method, midp)
    # Where the p-value is large: the estimate, or at x = 0 (n) a proportion of 0.5/n (1 - 0.5/n).
    test = mp.log(mp.mpf(x) / (n - x)) if 0 < x < n else (-1 if x == 0 else 1) * mp.log(2 * n)
    lo, hi = interval(fam, x, -mp.inf, mp.inf, test, alt, method, midp, alpha, 40)
    return pv, (0 if lo is None else logistic(lo)), (1 if hi is None else logistic(hi))


def poisson1_case(x, T, r, alt, method, midp, level):
    alpha = 1 - mp.mpf(level)
    test = mp.log(x) if x > 0 else mp.mpf(0)
    mu_max = x + 8 * mp.sqrt(x) + 20
    fam = poisson_family(x, max(mu_max, r * T))
    pv = pvalue(fam, x, mp.log(r * T), alt, method, midp)
    lo, hi = interval(fam, x, -mp.inf, mp.inf, test, alt, method, midp, alpha, 40, mp.log(mu_max) - test)
    return pv, (0 if lo is None else mp.exp(lo) / T), (mp.inf if hi is None else mp.exp(hi) / T)


def poisson2_case(x1, x2, T1, T2, r, alt, method, midp, level):
    n = x1 + x2
    p0 = r * T1 / (r * T1 + T2)
    pv, lo, hi = binom_case(x1, n, p0, alt, method, midp, level)
    ratio = lambda pi: mp.inf if pi >= 1 else pi / (1 - pi) * T2 / T1
    return pv, ratio(lo), ratio(hi)


def fisher_case(a, b, c, d, alt, method, midp, level):
    fam = fisher_family(a, b, c, d)
    alpha = 1 - mp.mpf(level)
    pv = pvalue(fam, a, mp.mpf(0), alt, method, midp)
    # The conditional MLE: the mean of the (1,1) cell equals a.
    # The conditional MLE (mean of the (1,1) cell = a), or at an end of the support the odds
    # ratio whose mean is half a table inside it, where the p-value is large.
    target = a if fam.lo < a < fam.hi else (fam.lo + 0.5 if a == fam.lo else fam.hi - 0.5)
    mean = lambda t: mp.fsum((fam.lo + j) * v for j, v in enumerate(fam.pmf(t))) - target
    test = mp.findroot(mean, (mp.mpf(-30), mp.mpf(30)), solver="anderson")
    lo, hi = interval(fam, a, -mp.inf, mp.inf, test, alt, method, midp, alpha, 40)
    return pv, (0 if lo is None else mp.exp(lo)), (mp.inf if hi is None else mp.exp(hi))


CASES = {
    "binom": [(7, 20, 0.5), (0, 15, 0.3), (15, 15, 0.7), (3, 10, 0.5), (18, 60, 0.1), (1, 50, 0.5),
              (49, 50, 0.02), (40, 120, 0.25), (5, 7, 0.2), (25, 45, 0.5), (2, 3, 0.5), (12, 30, 0.95)],
    "poisson1": [(7, 2.0, 2.0), (0, 1.0, 1.0), (1, 3.5, 0.1), (20, 10.0, 1.0), (3, 1.0, 30.0), (30, 1.0, 12.0),
                 (12, 0.5, 24.0), (2, 1.0, 1.0), (40, 4.0, 6.0), (9, 3.0, 1.5)],
    "poisson2": [(2, 10, 17877.0, 20000.0, 1.0), (0, 8, 1.0, 1.0, 1.0), (9, 0, 2.0, 1.0, 1.0), (30, 12, 1.0, 1.0, 2.0),
                 (5, 5, 1.0, 1.0, 1.0), (40, 2, 1.0, 1.0, 1.0), (14, 7, 3.0, 2.0, 1.5), (1, 1, 1.0, 1.0, 0.2),
                 (50, 35, 365.0, 365.0, 1.0), (3, 17, 1.0, 1.0, 1.0)],
    "fisher": [(3, 1, 1, 3), (0, 5, 5, 0), (7, 0, 0, 7), (10, 2, 3, 15), (1, 9, 9, 1), (2, 8, 3, 7),
               (0, 10, 4, 6), (12, 3, 4, 11), (20, 30, 35, 15), (5, 0, 2, 8), (1, 20, 25, 2)],
}


def main():
    # Optional arguments: the functions to compute (default all; the header only with all or
    # "header"); "poisson1:blaker" computes one function's rows of one two-sided method only,
    # "poisson1:-blaker" all its other rows (to run the slow ones in parallel).
    only = sys.argv[1:] or ["header"] + list(CASES)
    keep = {}
    for arg in list(only):
        if ":" in arg:
            fn, m = arg.split(":")
            only.append(fn)
            keep[fn] = m
    out = sys.stdout
    if "header" in only:
        out.write("# generated by scripts/make-exactci-fixtures.py with mpmath %s at %d digits\n" % (mp.__version__, mp.mp.dps))
        out.write("function,args,alternative,tsmethod,midp,conf_level,p_value,conf_low,conf_high\n")
    for fn, cases in CASES.items():
        if fn not in only:
            continue
        for args in cases:
            combos = [("two.sided", m, mid) for m in ("central", "minlike", "blaker") for mid in (False, True)]
            combos += [("less", "central", True), ("greater", "central", True)]
            if fn in keep:
                m = keep[fn]
                if m.startswith("-"):
                    combos = [c for c in combos if not (c[0] == "two.sided" and c[1] == m[1:])]
                else:
                    combos = [c for c in combos if c[0] == "two.sided" and c[1] == m]
            for alt, method, midp in combos:
                level = 0.95
                f = {"binom": binom_case, "poisson1": poisson1_case, "poisson2": poisson2_case, "fisher": fisher_case}[fn]
                pv, lo, hi = f(*args, alt, method, midp, level)
                out.write(",".join([fn, " ".join(repr(a) for a in args), alt, method, "TRUE" if midp else "FALSE",
                                    repr(level), fmt(pv), fmt(lo), fmt(hi)]) + "\n")
                out.flush()


if __name__ == "__main__":
    main()
