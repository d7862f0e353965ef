"""The analysis core of `courtstat report --data FILE` in Python (pandas, statsmodels, SciPy), for
scripts/bench-report.sh (a benchmark, not a test).
Usage: python3 scripts/bench/report.py CASES.csv OUT_DIR [--no-fisher-interval]
(--no-fisher-interval: skip the exact interval of the conditional odds ratio, which SciPy takes
minutes to find for a table of this size; everything else is done.) Writes OUT_DIR/results.csv (name,value: the numbers compared with courtstat's) and OUT_DIR/phases.csv.

The same work as scripts/bench/report.R, with these differences:
- negative binomial: statsmodels' discrete NegativeBinomial (NB2) finds theta = 1/alpha and the
  coefficients jointly by maximum likelihood (Newton), where MASS::glm.nb alternates IRLS with a
  theta step; the GLM is then refitted with alpha fixed, so that the standard errors hold theta
  fixed as summary.negbin's do.
- Wilcoxon: SciPy's mannwhitneyu gives the test but not the Hodges-Lehmann shift or its interval;
  they are found as wilcox.test finds them, by root finding (brentq, xtol 1e-4 as uniroot's tol)
  on the tie-corrected, continuity-corrected normal statistic of the shifted samples.
- Fisher: fisher_exact for the p-value, scipy.stats.contingency.odds_ratio(kind="conditional") for
  the conditional MLE and its exact interval (what fisher.test reports).
- Mantel-Haenszel: statsmodels' StratifiedTable (test_null_odds(correction=True), pooled odds ratio
  and its Robins-Breslow-Greenland interval).
"""
import sys, os, time
import numpy as np
import pandas as pd
import scipy.stats as st
from scipy.optimize import brentq
import statsmodels.api as sm
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.contingency_tables import StratifiedTable

path, out = sys.argv[1], sys.argv[2]
fisher_interval = "--no-fisher-interval" not in sys.argv[3:]
os.makedirs(out, exist_ok=True)
t0 = time.perf_counter(); phases = {}
def lap(name):
    global t0
    t = time.perf_counter(); phases[name] = t - t0; t0 = t
res = {}

d = pd.read_csv(path, dtype={"article": str, "part": str, "sentence_type": str, "defendant_status": str})
received = pd.to_datetime(d["received_date"], format="%Y-%m-%d")
decision = pd.to_datetime(d["decision_date"], format="%Y-%m-%d")
lap("read")

# --- 1. the weekly trend ------------------------------------------------------------------
day = (received[d["article"] == "337"].values.astype("datetime64[D]")).astype(np.int64)
week = day - (day + 3) % 7                                  # the Monday of the ISO week
first, last = day.min(), day.max()
weeks = np.arange(week.min(), week.max() + 1, 7)
n = np.bincount((week - weeks[0]) // 7, minlength=len(weeks)).astype(float)
days = np.minimum(weeks + 6, last) - np.maximum(weeks, first) + 1
brk = np.datetime64("2022-09-21").astype(np.int64)
k = int(np.nonzero((weeks <= brk) & (brk <= weeks + 6))[0][0])
t = np.arange(len(weeks), dtype=float)
X = np.column_stack([np.ones_like(t), t, (t >= k).astype(float), np.where(t >= k, t - k, 0.0)])
off = np.log(days)
pois = sm.GLM(n, X, family=sm.families.Poisson(), offset=off).fit()
qpois = sm.GLM(n, X, family=sm.families.Poisson(), offset=off).fit(scale="X2")
nbml = sm.NegativeBinomial(n, X, loglike_method="nb2", offset=off).fit(disp=0, maxiter=200)
alpha = nbml.params[-1]
nb = sm.GLM(n, X, family=sm.families.NegativeBinomial(alpha=alpha), offset=off).fit()
lr = max(0.0, 2 * (nbml.llf - pois.llf))
od_p = 0.5 * st.chi2.sf(lr, 1)
chosen = nb if od_p < 0.05 else pois
eta = X @ chosen.params + off
se = np.sqrt(np.einsum("ij,jk,ik->i", X, chosen.cov_params(), X))
q = st.norm.ppf(0.975)
band = np.column_stack([np.exp(eta), np.exp(eta - q * se), np.exp(eta + q * se)])
res.update(weeks=len(n), cases_337=int(n.sum()), break_index=k,
           poisson_level_change=pois.params[2], poisson_slope_change=pois.params[3],
           quasipoisson_level_change_se=qpois.bse[2], negbin_level_change=nb.params[2],
           negbin_level_change_se=nb.bse[2], negbin_theta=1 / alpha, overdispersion_lr=lr)
lap("trend")

# --- 2. mobilized against contract ----------------------------------------------------------
custodial_types = ["prison", "colony_settlement", "disciplinary_battalion"]
convicted_types = custodial_types + ["suspended", "fine"]
g = d[decision.notna() & d["defendant_status"].isin(["mobilized", "contract"])]
conv = g["sentence_type"].isin(convicted_types)
excluded = g.loc[~conv, "defendant_status"].value_counts()
c2 = pd.DataFrame({"a": (g.loc[conv, "defendant_status"] == "mobilized").values,
                   "custodial": g.loc[conv, "sentence_type"].isin(custodial_types).values,
                   "months": g.loc[conv, "sentence_months"].values,
                   "decision": decision[g.index[conv]].values,
                   "part": g.loc[conv, "part"].fillna("(none)").values})
xa = int(c2.loc[c2.a, "custodial"].sum()); na = int(c2.a.sum())
xb = int(c2.loc[~c2.a, "custodial"].sum()); nb_ = int((~c2.a).sum())
wa = proportion_confint(xa, na, method="wilson"); wb = proportion_confint(xb, nb_, method="wilson")
pa, pb = xa / na, xb / nb_
rd = (pa - pb - np.hypot(pa - wa[0], wb[1] - pb), pa - pb + np.hypot(wa[1] - pa, pb - wb[0]))   # Newcombe
rr_se = np.sqrt(1 / xa - 1 / na + 1 / xb - 1 / nb_)
rr = (pa / pb, *np.exp(np.log(pa / pb) + np.array([-1, 1]) * q * rr_se))
tab = np.array([[xa, na - xa], [xb, nb_ - xb]])
fisher_p = st.fisher_exact(tab).pvalue
orc = st.contingency.odds_ratio(tab, kind="conditional")
or_low, or_high = (orc.confidence_interval(0.95) if fisher_interval else (np.nan, np.nan))
chi = st.chi2_contingency(tab, correction=True)
c2["quarter"] = c2.decision.dt.year.astype(str) + "-Q" + c2.decision.dt.quarter.astype(str)
cells = c2.groupby(["quarter", "a", "custodial"]).size().unstack(["a", "custodial"], fill_value=0)
tables = [np.array([[r.get((True, True), 0), r.get((True, False), 0)],
                    [r.get((False, True), 0), r.get((False, False), 0)]], dtype=float)
          for _, r in cells.iterrows()]
tables = [x for x in tables if x.sum() >= 2]
mh = StratifiedTable(tables)
mh_test = mh.test_null_odds(correction=True)
res.update(convicted_a=na, custodial_a=xa, convicted_b=nb_, custodial_b=xb,
           excluded_a=int(excluded.get("mobilized", 0)), excluded_b=int(excluded.get("contract", 0)),
           share_a_low=wa[0], risk_difference_low=rd[0], risk_ratio_low=rr[1],
           fisher_or=orc.statistic, fisher_or_low=or_low, fisher_or_high=or_high, fisher_p=fisher_p,
           chisq=chi.statistic, mh_strata=len(tables), mh_or=mh.oddsratio_pooled, mh_statistic=mh_test.statistic)
lap("tables")

ma = c2.loc[c2.a & c2.custodial, "months"].dropna().to_numpy(float)
mb = c2.loc[~c2.a & c2.custodial, "months"].dropna().to_numpy(float)
tt = st.ttest_ind(ma, mb, equal_var=False)
res.update(welch_t=tt.statistic, welch_df=tt.df, welch_low=tt.confidence_interval(0.95).low)
lap("welch")

mw = st.mannwhitneyu(ma, mb, alternative="two-sided", use_continuity=True, method="asymptotic")
nx, ny = len(ma), len(mb)
def wdiff(shift, zq):
    """wilcox.test's standardised statistic of (ma - shift, mb) minus zq (normal approximation)."""
    r = st.rankdata(np.concatenate([ma - shift, mb]))
    ties = np.unique(r, return_counts=True)[1]
    dz = r[:nx].sum() - nx * (nx + 1) / 2 - nx * ny / 2
    sigma = np.sqrt(nx * ny / 12 * ((nx + ny + 1) - (ties ** 3 - ties).sum() / ((nx + ny) * (nx + ny - 1))))
    return (dz - np.sign(dz) * 0.5) / sigma - zq
lo, hi = ma.min() - mb.max(), ma.max() - mb.min()
shift = brentq(wdiff, lo, hi, args=(0.0,), xtol=1e-4)
w_low = brentq(wdiff, lo, hi, args=(q,), xtol=1e-4)
w_high = brentq(wdiff, lo, hi, args=(-q,), xtol=1e-4)
res.update(wilcox_w=mw.statistic, wilcox_p=mw.pvalue, wilcox_shift=shift, wilcox_low=w_low, wilcox_high=w_high)
lap("wilcoxon")

def dummies(values, name):
    """Indicator columns for every level but the most common (the reference, as courtstat)."""
    counts = values.value_counts()
    return pd.DataFrame({f"{name}:{v}": (values == v).astype(float) for v in sorted(counts.index) if v != counts.index[0]})
Xl = pd.concat([pd.DataFrame({"intercept": 1.0, "group:mobilized": c2.a.astype(float)}),
                dummies(c2.decision.dt.year.astype(str), "year"), dummies(c2.part, "part")], axis=1)
lg = sm.GLM(c2.custodial.astype(float), Xl, family=sm.families.Binomial()).fit()
res.update(logistic_group=lg.params["group:mobilized"], logistic_group_se=lg.bse["group:mobilized"],
           logistic_terms=len(lg.params))
lap("logistic")

# The report's charts: custodial share per quarter and group (Wilson), 6-month histograms.
qs = c2.groupby(["a", "quarter"]).agg(x=("custodial", "sum"), n=("custodial", "size")).reset_index()
qs["low"], qs["high"] = proportion_confint(qs.x, qs.n, method="wilson")
hist_a = np.bincount((ma // 6).astype(int)); hist_b = np.bincount((mb // 6).astype(int))
qs.to_csv(os.path.join(out, "custodial_share_by_quarter.csv"), index=False)
pd.DataFrame({"period": weeks, "n": n, "fitted": band[:, 0], "fit_low": band[:, 1], "fit_high": band[:, 2]}) \
  .to_csv(os.path.join(out, "trend_series.csv"), index=False)
lap("charts")

pd.DataFrame({"name": list(res), "value": [repr(float(v)) for v in res.values()]}) \
  .to_csv(os.path.join(out, "results.csv"), index=False)
pd.DataFrame({"phase": list(phases), "seconds": list(phases.values())}).to_csv(os.path.join(out, "phases.csv"), index=False)
