#!/usr/bin/env python3
"""Fixtures for `test poisson --method` (Tests/Fixtures/rate_ratio.csv), from statsmodels.

p-values and statistics: statsmodels.stats.rates.test_poisson_2indep(count1, exposure1,
count2, exposure2, value=r, method=m, alternative=alt). Intervals:
- wald-log: confint_poisson_2indep(method="wald-log") (closed form);
- score, sqrt: the nulls where statsmodels' own test p-value equals alpha (two-sided; one-sided:
  the one-sided test at alpha), solved with brentq to xtol 1e-300, rtol 1e-15 (statsmodels'
  confint "score" minimises (p - alpha)^2 with fmin at xtol 1e-8, good to ~1e-8 only);
- exact-cond: the Clopper-Pearson interval of x1 of x1 + x2 (scipy's beta quantiles) mapped
  to the ratio, which is R's poisson.test interval;
- etest: the score interval (statsmodels has no E-test interval);
- cond-midp: NA here (its interval is exactci's minlike mid-p one, in exactci.csv).
E-test p-values: statsmodels cuts its grid where a Poisson tail falls below 1e-13, so below
about 1e-13 its p-values lose digits; etest_full is the same sum over every term, at 30 digits
with mpmath (the statistic's mask evaluated in double precision exactly as statsmodels does).
Run: pip install statsmodels==0.15.0 mpmath; python3 scripts/make-rate-ratio-fixtures.py > Tests/Fixtures/rate_ratio.csv
"""
import math
import sys
import warnings

import mpmath as mp
import numpy as np
import scipy
import statsmodels
from scipy import optimize, stats
from statsmodels.stats.rates import confint_poisson_2indep, test_poisson_2indep

warnings.simplefilter("ignore")
mp.mp.dps = 30

ALT = {"two.sided": "two-sided", "greater": "larger", "less": "smaller"}


def pval(x1, t1, x2, t2, r, method, alt):
    return float(test_poisson_2indep(x1, t1, x2, t2, value=r, method=method, alternative=ALT[alt]).pvalue)


def invert(x1, t1, x2, t2, method, alt, alpha, side):
    """The ratio r where statsmodels' p-value equals alpha, on the given side of the estimate."""
    f = lambda lr: pval(x1, t1, x2, t2, math.exp(lr), method, alt) - alpha
    est = math.log(((x1 + 0.5) / t1) / ((x2 + 0.5) / t2))
    step, direction = 1.0, (-1 if side == "low" else 1)
    while f(est + direction * step) > 0:
        step *= 2
        if step > 700:
            return 0.0 if side == "low" else math.inf
    lo, hi = sorted([est, est + direction * step])
    if f(lo) <= 0 and f(hi) <= 0:
        lo, hi = sorted([est + direction * step / 2, est + direction * step])
    return math.exp(optimize.brentq(f, lo, hi, xtol=1e-300, rtol=1e-15, maxiter=500))


def interval(x1, t1, x2, t2, method, alt, level):
    alpha = 1 - level
    if method == "cond-midp":
        return None, None
    if method == "exact-cond":
        n = x1 + x2
        a = alpha / 2 if alt == "two.sided" else alpha
        plo = 0.0 if x1 == 0 else stats.beta.ppf(a, x1, n - x1 + 1)
        phi = 1.0 if x1 == n else stats.beta.isf(a, x1 + 1, n - x1)
        ratio = lambda p: math.inf if p >= 1 else p / (1 - p) * t2 / t1
        low, high = ratio(plo), ratio(phi)
    elif method == "wald-log":
        if x1 == 0 or x2 == 0:
            return None, None
        if alt == "two.sided":
            low, high = confint_poisson_2indep(x1, t1, x2, t2, method="wald-log", alpha=alpha)
        else:
            low, high = confint_poisson_2indep(x1, t1, x2, t2, method="wald-log", alpha=2 * alpha)
        low, high = float(low), float(high)
    else:
        m = "score" if method == "etest" else method
        # Two-sided: both limits of the two-sided test; one-sided: the one limit of that test.
        low = invert(x1, t1, x2, t2, m, alt, alpha, "low") if alt != "less" else 0.0
        high = invert(x1, t1, x2, t2, m, alt, alpha, "high") if alt != "greater" else math.inf
    if alt == "less":
        low = 0.0
    if alt == "greater":
        high = math.inf
    return low, high


def etest_full(x1, t1, x2, t2, r, alt):
    d = t2 / t1
    rd = r / d
    total = x1 + x2
    m1, m2 = total * rd / (1 + rd), total / (1 + rd)
    stat = lambda a, b: (a - b * rd) / np.sqrt((a + b) * rd + 1e-20)
    s = stat(x1, x2)
    top1 = int(m1 + 40 * math.sqrt(m1) + 60)
    top2 = int(m2 + 40 * math.sqrt(m2) + 60)
    k1 = np.arange(top1 + 1)[:, None]
    k2 = np.arange(top2 + 1)[None, :]
    z = stat(k1.astype(float), k2.astype(float))
    if alt == "two.sided":
        mask = np.abs(z) >= (np.abs(s) - 1e-15)
    elif alt == "greater":
        mask = z >= (s - 1e-15)
    else:
        mask = z <= (s + 1e-15)
    pm1 = [mp.exp(-m1 + i * mp.log(m1) - mp.loggamma(i + 1)) for i in range(top1 + 1)]
    pm2 = [mp.exp(-m2 + j * mp.log(m2) - mp.loggamma(j + 1)) for j in range(top2 + 1)]
    total_p = mp.mpf(0)
    for i in range(top1 + 1):
        row = mask[i]
        if row.any():
            total_p += pm1[i] * mp.fsum(pm2[j] for j in np.nonzero(row)[0])
    return total_p


CASES = [
    (2, 17877.0, 10, 20000.0, 1.0), (30, 1.0, 12, 1.0, 2.0), (0, 1.0, 8, 1.0, 1.0), (9, 2.0, 0, 1.0, 1.0),
    (5, 1.0, 5, 1.0, 1.0), (14, 3.0, 7, 2.0, 1.5), (60, 365.0, 45, 365.0, 1.0), (3, 1.0, 17, 1.0, 1.0),
    (1, 1.0, 1, 1.0, 0.2), (120, 181.0, 100, 365.0, 1.0), (40, 1.0, 2, 1.0, 1.0), (25, 1.0, 80, 1.5, 0.5),
    (60, 1.0, 4, 1.0, 1.0), (90, 1.0, 3, 1.0, 1.0),
]
METHODS = ["exact-cond", "cond-midp", "score", "wald-log", "sqrt", "etest"]


def fmt(v):
    if v is None:
        return "NA"
    if isinstance(v, mp.mpf):
        return mp.nstr(v, 20)
    v = float(v)
    if math.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    if math.isnan(v):
        return "NA"
    return repr(v)


def main():
    out = sys.stdout
    out.write("# generated by scripts/make-rate-ratio-fixtures.py with statsmodels %s, scipy %s, numpy %s, mpmath %s\n"
              % (statsmodels.__version__, scipy.__version__, np.__version__, mp.__version__))
    out.write("x1,t1,x2,t2,r,alternative,method,conf_level,statistic,p_value,conf_low,conf_high,etest_full\n")
    for (x1, t1, x2, t2, r) in CASES:
        for alt in ["two.sided", "greater", "less"]:
            for method in METHODS:
                level = 0.95
                res = test_poisson_2indep(x1, t1, x2, t2, value=r, method=method, alternative=ALT[alt])
                stat = None if method in ("exact-cond", "cond-midp") else res.statistic
                p = res.pvalue
                if method == "wald-log" and (x1 == 0 or x2 == 0):
                    stat, p = None, None
                low, high = interval(x1, t1, x2, t2, method, alt, level)
                full = etest_full(x1, t1, x2, t2, r, alt) if method == "etest" else None
                out.write(",".join([str(x1), repr(t1), str(x2), repr(t2), repr(r), alt, method, repr(level),
                                    fmt(stat), fmt(p), fmt(low), fmt(high), fmt(full)]) + "\n")


if __name__ == "__main__":
    main()
