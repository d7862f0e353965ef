#!/usr/bin/env Rscript
# make-random-fixtures.R -- the randomized differential suite against R (issue 19).
#
# Usage, from the repository root:
#   Rscript scripts/make-random-fixtures.R [seed [folder [cases]]]
# Defaults: seed 19, folder Tests/Fixtures/random (the committed fixtures), 300 cases per
# function. scripts/random-diff.sh runs it with other seeds into a scratch folder and points
# the Swift harness (RandomDifferentialTests) at that folder.
# Requirements: R (>= 4.2), MASS. Deterministic for a given seed.
#
# A seeded generator draws `cases` inputs for every `courtstat test` subcommand that has an R
# reference (binom, wilson, prop, fisher, chisq, poisson, t, wilcox, mh, prop-trend, tost-prop,
# tost-rate, p-adjust; bootstrap is not R's and is not here) and every `fit` family (ols,
# poisson, quasipoisson, negbin, logistic), mixing ordinary inputs with edge regimes: x = 0 and
# x = n, counts up to 1e6 and 1e9, near-equal samples near 1e6, ties, one-sided alternatives,
# unusual confidence levels, r x c tables with small expected counts, 2 x 2 x K tables, nearly
# separated and all-zero groups. R computes its answer for each; one CSV per function:
#   case, the inputs, status, r_note, R's fields
# status "ok": R's answer (every field that R reports, compared at 1e-8 relative);
# status "refused": R's answer is an error, NaN, or a warning that the fit is not trustworthy
# (r_note holds R's message); courtstat must refuse there.
#
# Where R itself is approximate the fixture holds the tight solution of R's equations:
#   fisher   estimate and interval: fisher_tight() of make-fixtures.R (uniroot tol 1e-15, then
#            a log-scale polish), R's p-value as is;
#   wilcox   normal-approximation estimate and interval: wilcox_tight() of make-fixtures.R (the
#            exact step of R's wdiff equation), R's statistic and p-value as is;
#   negbin   nb_tight: glm.nb's alternation, theta given mu by uniroot on theta.ml's score
#            equation (log scale, tol 1e-14, bracketed around theta.ml's estimate), stopping at a 1e-13 relative change of theta
#            (or where it stalls at rounding, below 1e-9), each IRLS fit iterated
#            until its coefficients move by less than 1e-15 (Fisher scoring converges only
#            linearly for this non-canonical link). Refused where glm.nb errs, where the
#            Poisson fit has no estimates, or where theta diverges (the score is still
#            positive at theta = 1e9);
#            glm.nb's own "iteration limit" / "alternation limit" warnings, which come from its
#            loose theta.ml, are recorded in r_note only;
#   t        two samples (or one with mu) whose values lie within a factor 2 of the first value
#            are shifted by it first (exact, by Sterbenz's lemma): t.test's estimate mx - my
#            of rounded means near 1e6 is off by up to 2e-8 relative; on the shifted samples it
#            keeps its digits, and every t.test quantity is shift-invariant;
#   glm      glm at its default epsilon, then single IRLS steps (glm calls with maxit = 1) from
#            its estimates until they settle (as make-glm-robustness-fixtures.R), so that
#            summary.glm's weights are at the optimum: glm at epsilon 1e-14 does not converge
#            on large counts. Refused where R's glm, iterated on by 60 single steps, warns that
#            fitted rates/probabilities are numerically 0 (or 1): no maximum likelihood
#            estimate exists (quasi-Poisson: the Poisson family's warning, the same estimates);
#            or where glm does not converge at its default epsilon.
#   wilson   x = 0 (or n) with a one-sided level below 0.5: the limit that is exactly 0 (or 1)
#            is written exactly (prop.test leaves +-1e-19 of rounding there, even below 0); the
#            same for prop with one group and no continuity correction.
# Comparison rules of the Swift harness beyond 1e-8 relative: a value R gives as NaN (only
# interval limits are kept so) must be absent in courtstat; a p-value below the smallest normal
# double (2.2e-308, a subnormal with fewer than 53 bits) must be below it in courtstat too; a
# coefficient below 1e-12 of its standard error (0 up to rounding, symmetric data) likewise, and
# a test statistic below 1e-12 in absolute value (a standardized statistic that is 0 up to
# rounding; its p-value is then the same to 12 digits).
# The helper functions of make-fixtures.R are reused (its function definitions only).
suppressPackageStartupMessages(library(MASS))
args <- commandArgs(trailingOnly = TRUE)
seed <- if (length(args) >= 1) as.integer(args[1]) else 19L
outdir <- if (length(args) >= 2) args[2] else file.path("Tests", "Fixtures", "random")
cases <- if (length(args) >= 3) as.integer(args[3]) else 300L
dir.create(outdir, recursive = TRUE, showWarnings = FALSE)
for (e in parse(file.path("scripts", "make-fixtures.R"))) {
  if (is.call(e) && identical(e[[1]], as.name("<-")) && is.call(e[[3]]) && identical(e[[3]][[1]], as.name("function")))
    eval(e, globalenv())
}
HEADER <- sprintf("# generated by scripts/make-random-fixtures.R (seed %d, %d cases) with %s", seed, cases, R.version.string)
ALTS <- c("two.sided", "less", "greater")

num1 <- function(v) {
  if (is.nan(v)) return("NaN")
  if (is.na(v)) return("NA")
  if (is.infinite(v)) return(if (v > 0) "Inf" else "-Inf")
  if (v == 0) return("0")
  if (v == round(v) && abs(v) < 1e15) return(sprintf("%.0f", v))
  sprintf("%.17g", v)
}
cell <- function(v) {
  if (is.null(v)) return("NA")
  if (is.character(v)) return(csv_quote(gsub("[\r\n]+", " ", v[1])))
  if (is.logical(v)) return(if (is.na(v[1])) "NA" else if (v[1]) "TRUE" else "FALSE")
  if (is.matrix(v)) return(paste(apply(v, 1L, function(r) paste(vapply(as.numeric(r), num1, ""), collapse = " ")), collapse = "|"))
  if (length(v) == 0) return("")
  paste(vapply(as.numeric(v), num1, ""), collapse = " ")
}
table_rows <- list()
emit <- function(row) table_rows[[length(table_rows) + 1L]] <<- row
flush_table <- function(name) {
  cols <- unique(unlist(lapply(table_rows, names)))
  lines <- vapply(table_rows, function(r) paste(vapply(cols, function(cn) cell(r[[cn]]), ""), collapse = ","), "")
  writeLines(c(HEADER, paste(cols, collapse = ","), lines), file.path(outdir, paste0(name, ".csv")))
  cat(sprintf("%-13s %4d cases, %4d refused\n", name, length(table_rows),
              sum(vapply(table_rows, function(r) identical(r$status, "refused"), TRUE))))
  table_rows <<- list()
  # RANDOM_STOP_AFTER=<function>: stop once that table is written (the tables before it, and it,
  # are exactly those of a full run: the random stream is drawn in the same order).
  if (identical(Sys.getenv("RANDOM_STOP_AFTER"), name)) quit(save = "no")
}
# R's answer, or a refusal when R errors, warns that the result is not trustworthy, or gives
# NaN in a reported field.
run_r <- function(expr, fields, bad_warning = NULL) {
  cap <- capture(expr)
  if (!cap$ok) return(list(status = "refused", r_note = paste("error:", cap$error)))
  bad <- if (is.null(bad_warning)) character() else grep(bad_warning, cap$warnings, value = TRUE)
  if (length(bad)) return(list(status = "refused", r_note = paste("warning:", bad[1])))
  v <- fields(cap$value)
  # NaN in the test itself: refused. NaN only in an interval limit (e.g. mantelhaen.test's
  # interval around an odds ratio of 0 or Inf) is kept as NaN: courtstat must report no
  # interval there (and a note), while the rest of the row is compared.
  core <- setdiff(names(v), c("conf_low", "conf_high"))
  if (any(vapply(v[core], function(x) any(is.nan(x)), TRUE))) return(list(status = "refused", r_note = "NaN"))
  c(list(status = "ok", r_note = if (length(cap$warnings)) paste("warning:", cap$warnings[1]) else NA), v)
}
set.seed(seed)
pick <- function(v) if (is.list(v)) v[[sample.int(length(v), 1L)]] else v[sample.int(length(v), 1L)]
conf <- function() if (runif(1) < 0.6) 0.95 else pick(c(0.5, 0.8, 0.9, 0.99, 0.999, 0.9999, 0.123, 0.975))
alt <- function() pick(ALTS)
size <- function() switch(pick(c("small", "small", "medium", "large", "huge")),
  small = sample(1:30, 1), medium = sample(31:2000, 1), large = sample(1e5:1e6, 1), huge = round(runif(1, 1e8, 1e9)))
count_in <- function(n) switch(pick(c("any", "any", "any", "zero", "all", "edge")),
  any = floor(runif(1) * (n + 1)), zero = 0, all = n, edge = pick(c(1, n - 1, 0, n)))

# ---- binom -----------------------------------------------------------------------------------
for (i in seq_len(cases)) {
  n <- size(); x <- count_in(n); x <- max(0, min(n, x))
  p <- if (runif(1) < 0.5) 0.5 else pick(c(runif(1), 1e-3, 0.999, x / n, 0.25))
  if (p <= 0 || p >= 1) p <- 0.5
  a <- if (n > 1e7) pick(c("less", "greater")) else alt(); cl <- conf()
  emit(c(list(case = i, x = x, n = n, p = p, alternative = a, conf_level = cl),
    run_r(binom.test(x, n, p, a, cl), function(r) list(estimate = unname(r$estimate), statistic = unname(r$statistic),
      parameter = unname(r$parameter), p_value = r$p.value, conf_low = r$conf.int[1], conf_high = r$conf.int[2]))))
}
flush_table("binom")

# ---- wilson (prop.test, one proportion, no continuity correction) ----------------------------
for (i in seq_len(cases)) {
  n <- size(); x <- max(0, min(n, count_in(n)))
  p <- if (runif(1) < 0.5) 0.5 else pick(c(runif(1), 1e-3, 0.999))
  if (p <= 0 || p >= 1) p <- 0.5
  a <- alt(); cl <- conf()
  res <- run_r(prop.test(x, n, p, a, cl, correct = FALSE), function(r) list(estimate = unname(r$estimate),
      statistic = unname(r$statistic), p_value = r$p.value, conf_low = r$conf.int[1], conf_high = r$conf.int[2]))
  # x = 0 (x = n) with a one-sided level below 0.5 (z < 0): the Wilson upper (lower) limit is
  # exactly 0 (1), where prop.test's formula leaves +-1e-19 of rounding: the exact value.
  z <- qnorm(if (a == "two.sided") (1 + cl) / 2 else cl)
  if (res$status == "ok" && z < 0 && x == 0 && a == "less") res$conf_high <- 0
  if (res$status == "ok" && z < 0 && x == n && a == "greater") res$conf_low <- 1
  emit(c(list(case = i, x = x, n = n, p = p, alternative = a, conf_level = cl), res))
}
flush_table("wilson")

# ---- prop (1..4 groups) ----------------------------------------------------------------------
for (i in seq_len(cases)) {
  k <- pick(c(1, 2, 2, 2, 3, 4)); big <- runif(1) < 0.3
  n <- vapply(1:k, function(j) if (big) sample(1e4:1e6, 1) else sample(1:60, 1), 0)
  base <- runif(1)
  x <- vapply(1:k, function(j) pick(c(rbinom(1, n[j], base), rbinom(1, n[j], base), 0, n[j])), 0)
  if (runif(1) < 0.1) x <- rep(0, k)
  p <- if (k <= 2 && runif(1) < 0.3) round(runif(k, 0.05, 0.95), 3) else NULL
  a <- if (k <= 2 && (k == 1 || is.null(p))) alt() else "two.sided"
  cr <- runif(1) < 0.6; cl <- conf()
  res <- run_r(prop.test(x, n, p, a, cl, cr), function(r) list(
      estimate1 = if (k == 2) unname(r$estimate[1]) else NA, estimate2 = if (k == 2) unname(r$estimate[2]) else NA,
      estimate = if (k == 1) unname(r$estimate) else NA,
      statistic = unname(r$statistic), df = unname(r$parameter), p_value = r$p.value,
      conf_low = if (is.null(r$conf.int)) NA else r$conf.int[1], conf_high = if (is.null(r$conf.int)) NA else r$conf.int[2]))
  # One group without continuity correction is the Wilson interval: its exact 0 (1) as above.
  z <- qnorm(if (a == "two.sided") (1 + cl) / 2 else cl)
  if (k == 1 && !cr && res$status == "ok" && z < 0 && x == 0 && a == "less") res$conf_high <- 0
  if (k == 1 && !cr && res$status == "ok" && z < 0 && x == n && a == "greater") res$conf_low <- 1
  emit(c(list(case = i, x = x, n = n, p = if (is.null(p)) "" else cell(p), alternative = a, conf_level = cl, correct = cr), res))
}
flush_table("prop")

# ---- fisher (2 x 2) --------------------------------------------------------------------------
for (i in seq_len(cases)) {
  top <- pick(c(12, 40, 300, 3000))
  v <- sample(0:top, 4, replace = TRUE)
  if (runif(1) < 0.25) v[sample.int(4, pick(1:2))] <- 0
  a <- alt(); cl <- conf()
  tab <- matrix(c(v[1], v[3], v[2], v[4]), 2L)
  res <- run_r(fisher.test(tab, alternative = a, conf.level = cl), function(r) list(p_value = r$p.value))
  if (res$status == "ok" && sum(v) > 0) {
    tight <- fisher_tight(v[1], v[2], v[3], v[4], a, cl)
    res <- c(res, list(estimate = tight[1], conf_low = tight[2], conf_high = tight[3]))
  }
  emit(c(list(case = i, a = v[1], b = v[2], c = v[3], d = v[4], alternative = a, conf_level = cl), res))
}
flush_table("fisher")

# ---- chisq (r x c, one row or column) --------------------------------------------------------
for (i in seq_len(cases)) {
  r <- pick(c(1, 2, 2, 3, 4, 5)); cc <- pick(c(1, 2, 2, 3, 4))
  if (r == 1 && cc == 1) cc <- 3
  top <- pick(c(3, 8, 50, 1e4))
  m <- matrix(sample(0:top, r * cc, replace = TRUE), r, cc)
  cr <- runif(1) < 0.5
  emit(c(list(case = i, table = m, correct = cr),
    run_r(chisq.test(m, correct = cr), function(z) list(statistic = unname(z$statistic), df = unname(z$parameter),
      p_value = z$p.value))))
}
flush_table("chisq")

# ---- poisson (one and two samples) -----------------------------------------------------------
for (i in seq_len(cases)) {
  two <- runif(1) < 0.5
  big <- pick(c("small", "small", "medium", "large", "huge"))
  draw <- function() switch(big, small = sample(0:20, 1), medium = sample(0:5000, 1), large = sample(1e5:1e6, 1),
                            huge = round(runif(1, 1e8, 1e9)))
  x <- if (two) c(draw(), draw()) else draw()
  if (runif(1) < 0.1) x[1] <- 0
  t <- round(runif(length(x), 0.5, 400), pick(c(0, 1, 3)))
  r <- if (runif(1) < 0.5) 1 else round(runif(1, 0.2, 3), 2)
  a <- if (big == "huge") pick(c("less", "greater")) else alt(); cl <- conf()
  emit(c(list(case = i, x = x, t = t, r = r, alternative = a, conf_level = cl),
    run_r(poisson.test(x, t, r, a, cl), function(z) list(estimate = unname(z$estimate), statistic = unname(z$statistic),
      parameter = unname(z$parameter), p_value = z$p.value, conf_low = z$conf.int[1], conf_high = z$conf.int[2]))))
}
flush_table("poisson")

# ---- t ---------------------------------------------------------------------------------------
within2 <- function(v, c0) c0 > 0 && all(v >= c0 / 2 & v <= 2 * c0)
for (i in seq_len(cases)) {
  regime <- pick(c("plain", "plain", "near1e6", "ties", "small"))
  na <- if (regime == "small") sample(2:3, 1) else sample(2:40, 1)
  nb <- if (regime == "small") sample(2:3, 1) else sample(2:40, 1)
  a <- switch(regime, near1e6 = round(1e6 + runif(na, -0.05, 0.05), 4), ties = sample(c(1, 2, 3, 5), na, TRUE),
              round(rnorm(na, 10, 3), 2))
  b <- switch(regime, near1e6 = round(1e6 + 0.005 + runif(nb, -0.05, 0.05), 4), ties = sample(c(1, 2, 3, 5), nb, TRUE),
              round(rnorm(nb, 11, 4), 2))
  one <- runif(1) < 0.25
  mu <- if (one) (if (regime == "near1e6") 1e6 + 0.003 else pick(c(0, 10, 9.5))) else pick(c(0, 0, 0.5, -1))
  ve <- runif(1) < 0.3; al <- alt(); cl <- conf()
  c0 <- a[1]
  fields <- function(r, shift) list(estimate = if (one) unname(r$estimate) + shift else unname(r$estimate[1] - r$estimate[2]),
    statistic = unname(r$statistic), df = unname(r$parameter), p_value = r$p.value,
    conf_low = r$conf.int[1] + shift, conf_high = r$conf.int[2] + shift)
  shifted <- within2(c(a, if (!one) b, if (one) mu), c0) && regime == "near1e6"
  res <- if (one) {
    if (shifted) run_r(t.test(a - c0, mu = mu - c0, alternative = al, conf.level = cl), function(r) fields(r, c0))
    else run_r(t.test(a, mu = mu, alternative = al, conf.level = cl), function(r) fields(r, 0))
  } else {
    if (shifted) run_r(t.test(a - c0, b - c0, mu = mu, var.equal = ve, alternative = al, conf.level = cl), function(r) fields(r, 0))
    else run_r(t.test(a, b, mu = mu, var.equal = ve, alternative = al, conf.level = cl), function(r) fields(r, 0))
  }
  if (res$status == "ok" && !one) res <- c(res, list(estimate1 = mean(a), estimate2 = mean(b)))
  emit(c(list(case = i, a = a, b = if (one) "" else cell(b), mu = mu, var_equal = ve, alternative = al, conf_level = cl), res))
}
flush_table("t")

# ---- wilcox ----------------------------------------------------------------------------------
for (i in seq_len(cases)) {
  regime <- pick(c("continuous", "ties", "heavy_ties", "large", "tiny"))
  na <- switch(regime, large = sample(50:80, 1), tiny = sample(1:4, 1), sample(3:30, 1))
  nb <- switch(regime, large = sample(50:80, 1), tiny = sample(1:4, 1), sample(3:30, 1))
  # Values on a binary grid (multiples of 1/1024, 1/4), so that every shift x - d at a pairwise
  # difference d is exact and wilcox_tight() sees the ties R's equations have there (decimals
  # such as 13.2 - (4.7 - 1.9) leave rounding that breaks or makes ties by accident).
  gen <- function(n, loc) switch(regime, continuous = round(rnorm(n, loc, 5) * 1024) / 1024, ties = round(rnorm(n, loc, 5)),
    heavy_ties = sample(c(1, 2, 3, 6, 12), n, TRUE) + (loc > 10), large = round(rgamma(n, 2, 2 / (loc + 5)) * 4) / 4,
    tiny = round(runif(n, 0, 20) * 4) / 4)
  a <- gen(na, 10); b <- gen(nb, pick(c(10, 12, 16)))
  ex <- pick(c(NA, NA, TRUE, FALSE)); cr <- runif(1) < 0.7; al <- alt(); cl <- conf()
  res <- run_r(wilcox.test(a, b, alternative = al, exact = if (is.na(ex)) NULL else ex, correct = cr,
                           conf.int = TRUE, conf.level = cl),
    function(r) list(statistic = unname(r$statistic), p_value = r$p.value, estimate = unname(r$estimate),
                     conf_low = r$conf.int[1], conf_high = r$conf.int[2], method = r$method))
  if (res$status == "ok" && !grepl("exact", res$method, fixed = TRUE)) {
    tt <- wilcox_tight(a, b, cr, al, cl)
    res$estimate <- tt$estimate; res$conf_low <- tt$ci[1]; res$conf_high <- tt$ci[2]
  }
  emit(c(list(case = i, a = a, b = b, exact = if (is.na(ex)) "auto" else if (ex) "true" else "false", correct = cr,
              alternative = al, conf_level = cl), res))
}
flush_table("wilcox")

# ---- mh (2 x 2 x K) --------------------------------------------------------------------------
for (i in seq_len(cases)) {
  K <- sample(2:6, 1); top <- pick(c(5, 20, 200, 5000))
  cells <- matrix(sample(0:top, 4 * K, TRUE), K, 4)
  if (runif(1) < 0.2) cells[sample.int(K, 1), ] <- c(pick(c(0, 1)), 0, 0, pick(c(0, 1)))
  arr <- array(0, c(2, 2, K))
  for (k in 1:K) arr[, , k] <- matrix(cells[k, c(1, 3, 2, 4)], 2)
  cr <- runif(1) < 0.6; al <- alt(); cl <- conf()
  emit(c(list(case = i, tables = cells, correct = cr, alternative = al, conf_level = cl),
    run_r(mantelhaen.test(arr, alternative = al, correct = cr, exact = FALSE, conf.level = cl),
      function(r) list(statistic = unname(r$statistic), df = unname(r$parameter), p_value = r$p.value,
        estimate = unname(r$estimate), conf_low = r$conf.int[1], conf_high = r$conf.int[2]))))
}
flush_table("mh")

# ---- prop-trend ------------------------------------------------------------------------------
for (i in seq_len(cases)) {
  k <- sample(2:8, 1); big <- runif(1) < 0.3
  n <- if (big) sample(1e4:1e6, k) else sample(1:80, k, TRUE)
  x <- rbinom(k, n, runif(1))
  if (runif(1) < 0.1) x <- if (runif(1) < 0.5) rep(0, k) else n
  sc <- if (runif(1) < 0.4) round(sort(runif(k, 0, 10)), 2) else NULL
  emit(c(list(case = i, x = x, n = n, scores = if (is.null(sc)) "" else cell(sc)),
    run_r(if (is.null(sc)) prop.trend.test(x, n) else prop.trend.test(x, n, sc),
      function(r) list(statistic = unname(r$statistic), df = unname(r$parameter), p_value = r$p.value))))
}
flush_table("prop_trend")

# ---- tost-prop (hand formulas, as make-fixtures.R) -------------------------------------------
for (i in seq_len(cases)) {
  n1 <- size(); n2 <- if (runif(1) < 0.5) n1 else size()
  if (n1 > 1e7 || n2 > 1e7) { n1 <- min(n1, 1e6); n2 <- min(n2, 1e6) }
  x1 <- max(0, min(n1, count_in(n1))); x2 <- if (runif(1) < 0.5) max(0, min(n2, round(x1 / n1 * n2))) else max(0, min(n2, count_in(n2)))
  mg <- pick(c(0.01, 0.05, 0.1, 0.2, 0.5, runif(1, 0.001, 0.9))); cl <- conf()
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  se <- sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
  res <- if (se == 0) list(status = "refused", r_note = "NaN: the standard error is 0") else {
    zl <- (d + mg) / se; zu <- (d - mg) / se
    pl <- pnorm(zl, lower.tail = FALSE); pu <- pnorm(zu); h <- qnorm(cl) * se
    # The z of the larger p-value; p_lower >= p_upper exactly when d <= 0 (decided on d: at d = 0
    # the two are equal in exact arithmetic).
    list(status = "ok", r_note = NA, estimate = d, std_error = se, statistic = if (d <= 0) zl else zu,
         p_value = max(pl, pu), conf_low = d - h, conf_high = d + h)
  }
  emit(c(list(case = i, x1 = x1, n1 = n1, x2 = x2, n2 = n2, margin = mg, conf_level = cl), res))
}
flush_table("tost_prop")

# ---- tost-rate (poisson.test, as make-fixtures.R) --------------------------------------------
for (i in seq_len(cases)) {
  big <- pick(c("small", "medium", "large"))
  draw <- function() switch(big, small = sample(0:30, 1), medium = sample(0:5000, 1), large = sample(1e5:1e6, 1))
  x1 <- draw(); x2 <- if (runif(1) < 0.4) x1 + sample(-3:3, 1) else draw(); x2 <- max(0, x2)
  t1 <- round(runif(1, 0.5, 50), 1); t2 <- if (runif(1) < 0.5) t1 else round(runif(1, 0.5, 50), 1)
  mg <- pick(c(0.05, 0.1, 0.2, 0.5, runif(1, 0.01, 0.9))); cl <- conf()
  res <- run_r(list(lo = poisson.test(c(x1, x2), c(t1, t2), r = 1 - mg, alternative = "greater")$p.value,
                    up = poisson.test(c(x1, x2), c(t1, t2), r = 1 + mg, alternative = "less")$p.value,
                    ci = poisson.test(c(x1, x2), c(t1, t2), conf.level = 1 - 2 * (1 - cl))$conf.int,
                    est = (x1 / t1) / (x2 / t2)),
    function(v) list(estimate = v$est, p_value = max(v$lo, v$up), conf_low = v$ci[1], conf_high = v$ci[2]))
  emit(c(list(case = i, x1 = x1, t1 = t1, x2 = x2, t2 = t2, margin = mg, conf_level = cl), res))
}
flush_table("tost_rate")

# ---- p-adjust --------------------------------------------------------------------------------
for (i in seq_len(cases)) {
  k <- sample(1:30, 1)
  p <- switch(pick(c("unif", "small", "ties", "edges")), unif = runif(k), small = runif(k)^6,
              ties = sample(c(0.01, 0.04, 0.5, 1), k, TRUE), edges = sample(c(0, 1, 1e-300, runif(1)), k, TRUE))
  p <- signif(p, pick(c(3, 17)))
  meth <- pick(c("holm", "BH", "bonferroni"))
  emit(list(case = i, p = p, method = meth, status = "ok", r_note = NA, adjusted = p.adjust(p, meth)))
}
flush_table("p_adjust")

# ---- fit: ols, poisson, quasipoisson, negbin, logistic ---------------------------------------
# One row per fit: the predictors (columns t, g2, g3, z, named in `x`), the response y (and
# trials for grouped logistic data), then R's terms as vectors (intercept first) and glance
# values. See the header for the reference and for when R's fit counts as refused.
# The alternation's IRLS fits stop at 1e-11 (a 1e-14 rule is never met on large counts); the
# final fit at theta is polished to the optimum as glm_reference's are.
ctrl <- glm.control(epsilon = 1e-11, maxit = 100)
# theta given mu: the root of theta.ml's score equation, solved by uniroot on log(theta) to
# 1e-14, in a bracket around theta.ml's own estimate (limit 100, eps 1e-9 theta), widened
# upwards to 1e9 if need be. theta.ml alone can wander where the likelihood is flat (theta in the
# thousands) and stop at its iteration limit; a bracket over [1e-4, 1e10] is no good either,
# since far out the score is rounding noise. An error where the score is still positive at 1e9
# (theta diverges: no over-dispersion).
# The score in a form without cancellation at large theta: digamma(th + y) - digamma(th) as
# sum_{k < y} 1/(th + k) (y up to 1000; digamma beyond), and log(th) + 1 - log(th + mu) -
# (y + th)/(mu + th) as -log1p(mu/th) + (mu - y)/(mu + th). In theta.ml's form the terms cancel
# to ~1e-15 and the root wanders by 1e-6 at theta near 2000.
psi_diff <- function(th, y) vapply(y, function(v) if (v == 0) 0 else if (v <= 1000) sum(1 / (th + 0:(v - 1))) else digamma(th + v) - digamma(th), 0)
theta_score <- function(th, y, mu) sum(psi_diff(th, y) - log1p(mu / th) + (mu - y) / (mu + th))
theta_root <- function(y, mu) {
  f <- function(s) theta_score(exp(s), y, mu)
  th0 <- suppressWarnings(as.vector(theta.ml(y, mu, limit = 100)))
  if (!is.finite(th0) || th0 <= 0) th0 <- 1
  lo <- log(th0 / 2); hi <- log(min(th0 * 2, 1e9))
  while (f(lo) < 0 && lo > log(1e-6)) lo <- lo - 1
  while (f(hi) > 0) {
    if (hi >= log(1e9)) stop("theta diverges (the score is positive at 1e9): no over-dispersion")
    hi <- min(hi + 1, log(1e9))
  }
  exp(uniroot(f, c(lo, hi), tol = 1e-14, maxiter = 10000)$root)
}
nb_tight <- function(form, d, y) {
  environment(form) <- environment()
  fit <- glm(form, family = poisson(), data = d, control = ctrl)
  th <- theta_root(y, fitted(fit))
  previous <- Inf
  for (i in 1:200) {
    fit <- polish(form, negative.binomial(th), d, coef(fit))
    th_new <- theta_root(y, fitted(fit))
    change <- abs(th_new - th)
    th <- th_new
    # settled: a change below 1e-13, or (large theta, where the score is flat) a change that has
    # stopped shrinking at rounding level, below 1e-9
    if (change <= 1e-13 * th || (i >= 10 && change >= previous && change <= 1e-9 * th)) break
    previous <- change
  }
  if (i == 200) stop("theta alternation did not settle")
  list(fit = polish(form, negative.binomial(th), d, coef(fit)), theta = th)
}
# Three single IRLS steps from `start`, each a separate glm call: summary.glm's information is
# computed from the weights of a fit's last iteration, i.e. at the coefficients that step started
# from, so the last call must start at the optimum. (One glm call with maxit = 10 does not do it:
# glm stops after the first step when the deviance does not change at all, which near the
# optimum it does not, leaving the weights of the start, ~1e-9 away.)
# For the negative binomial (a non-canonical link: Fisher scoring converges linearly) the steps
# go on until the coefficients move by less than 1e-15 relative (at most 200 steps).
polish <- function(form, fam, d, start) {
  for (k in 1:200) {
    f <- suppressWarnings(glm(form, family = fam, data = d, start = start, control = glm.control(maxit = 1)))
    moved <- max(abs(coef(f) - start)) <= 1e-15 * max(abs(coef(f)))
    start <- coef(f)
    if (k >= 3 && moved) break
  }
  f
}
glm_reference <- function(form, fam, d) {
  # quasi-Poisson's estimates are Poisson's; glm.fit warns about fitted rates only for poisson.
  # Iterated on from glm's fit by single steps (each a glm call with maxit = 1; one call with a
  # tiny epsilon stops as soon as the deviance no longer changes, which diverging rows with
  # fitted values of 1e-15 beside a deviance of 200 no longer do), where some fitted value is
  # already small; glm.fit's warning on the last step says whether they reach its boundary.
  far_family <- if (fam$family == "quasipoisson") poisson() else fam
  f0 <- capture(glm(form, family = fam, data = d))
  if (!f0$ok) return(list(status = "refused", r_note = paste("error:", f0$error)))
  mu0 <- fitted(f0$value)
  if (min(mu0, if (fam$family == "binomial") 1 - mu0) < 1e-5) {
    start <- coef(f0$value)
    for (k in 1:60) {
      far <- capture(glm(form, family = far_family, data = d, start = start, control = glm.control(maxit = 1)))
      if (!far$ok) return(list(status = "refused", r_note = paste("error:", far$error)))
      start <- coef(far$value)
    }
    boundary <- grep("numerically 0", far$warnings, value = TRUE)
    if (length(boundary)) return(list(status = "refused", r_note = paste("warning:", boundary[1])))
  }
  if (!f0$value$converged) return(list(status = "refused", r_note = "glm did not converge"))
  f <- polish(form, fam, d, coef(f0$value))
  s <- summary(f); cf <- s$coefficients
  list(status = "ok", r_note = NA, terms = sub("^\\(Intercept\\)$", "intercept", rownames(cf)),
       estimate = cf[, 1], std_error = cf[, 2], statistic = cf[, 3], p_value = cf[, 4],
       deviance = f$deviance, aic = if (is.na(f$aic)) NA else f$aic)
}
for (model in c("ols", "poisson", "quasipoisson", "negbin", "logistic")) {
  for (i in seq_len(cases)) {
    n <- sample(8:50, 1)
    d <- data.frame(t = 1:n, z = round(rnorm(n), 3))
    grp <- sample(rep(1:3, length.out = n))
    d$g2 <- as.numeric(grp == 2); d$g3 <- as.numeric(grp == 3)
    x <- pick(list("t", c("t", "z"), c("g2", "g3"), c("t", "g2", "g3"), "z"))
    lp <- 0.4 * d$g2 - 0.3 * d$g3 + pick(c(0, 0.02, -0.05)) * d$t + 0.1 * d$z
    regime <- pick(c("plain", "plain", "large", "huge", "zero_group", "zero_tail", "separated", "near_separated"))
    trials <- NULL
    if (model == "ols") {
      d$y <- round(pick(c(1, 1e3, 1e6)) * (1 + lp + rnorm(n, 0, 0.3)), 2)
    } else if (model == "logistic") {
      if (regime %in% c("separated", "near_separated")) {
        d$y <- as.numeric(d$t > n / 2)
        if (regime == "near_separated") d$y[which(d$t > n / 2)[1]] <- 0
        if (regime == "near_separated") d$y[which(d$t <= n / 2)[1]] <- 1
        x <- pick(list("t", c("t", "z")))
      } else if (regime == "zero_group") {
        d$y <- rbinom(n, 1, plogis(lp)); d$y[d$g2 == 1] <- 0; x <- pick(list(c("g2", "g3"), c("t", "g2", "g3")))
      } else if (regime %in% c("large", "huge")) {
        trials <- sample(if (regime == "large") 50:5000 else 1e5:1e6, n, TRUE)
        d$trials <- trials; d$y <- rbinom(n, trials, plogis(lp - 1))
      } else d$y <- rbinom(n, 1, plogis(lp))
    } else {
      level <- switch(regime, large = pick(c(8000, 1e5)), huge = if (model == "negbin") 2000 else pick(c(1e6, 1e9)), pick(c(2, 5, 30)))
      mu <- level * exp(lp)
      d$y <- if (model == "negbin") rnbinom(n, size = pick(c(1.5, 4, 20)), mu = mu) else rpois(n, mu)
      if (regime == "zero_group") { d$y[d$g2 == 1] <- 0; x <- pick(list(c("g2", "g3"), c("t", "g2", "g3"))) }
      if (regime == "zero_tail") { d$y[d$t > 0.6 * n] <- 0; d$late <- as.numeric(d$t > 0.6 * n); x <- c("t", "late") }
    }
    form <- as.formula(paste(if (is.null(trials)) "y" else "cbind(y, trials - y)", "~", paste(x, collapse = " + ")))
    res <- switch(model,
      ols = { f <- lm(form, data = d)
              if (any(is.na(coef(f)))) list(status = "refused", r_note = "rank-deficient")
              else { cf <- summary(f)$coefficients
                     list(status = "ok", r_note = NA, terms = sub("^\\(Intercept\\)$", "intercept", rownames(cf)),
                          estimate = cf[, 1], std_error = cf[, 2], statistic = cf[, 3], p_value = cf[, 4]) } },
      poisson = glm_reference(form, poisson(), d),
      quasipoisson = glm_reference(form, quasipoisson(), d),
      logistic = glm_reference(form, binomial(), d),
      negbin = {
        # Refused where glm.nb errs, where the Poisson fit has no estimates, or where the tight
        # solution's theta diverges (no over-dispersion). glm.nb's own warnings ("iteration limit reached" after its 25
        # theta.ml steps, "alternation limit reached") come from its loose tolerances and are
        # only recorded: the tight solution decides there.
        as_is <- capture(glm.nb(form, data = d))
        pois <- glm_reference(form, poisson(), d)
        if (!as_is$ok) list(status = "refused", r_note = paste("error:", as_is$error))
        else if (pois$status == "refused") pois
        else { tt <- capture(nb_tight(form, d, d$y))
               if (!tt$ok || length(tt$warnings)) list(status = "refused", r_note = paste("nb_tight:", c(tt$error, tt$warnings)[1]))
               else { g <- tt$value$fit; cf <- summary(g, dispersion = 1)$coefficients
                      list(status = "ok", r_note = if (length(as_is$warnings)) paste("glm.nb warning:", as_is$warnings[1]) else NA,
                           terms = sub("^\\(Intercept\\)$", "intercept", rownames(cf)),
                           estimate = cf[, 1], std_error = cf[, 2], statistic = cf[, 3], p_value = cf[, 4],
                           deviance = g$deviance, theta = tt$value$theta) } } })
    cols <- list(case = i, regime = regime, x = paste(x, collapse = " "), t = d$t, z = d$z, g2 = d$g2, g3 = d$g3,
                 late = if (is.null(d$late)) "" else cell(d$late), y = d$y,
                 trials = if (is.null(trials)) "" else cell(trials))
    if (!is.null(res$terms)) res$terms <- paste(res$terms, collapse = " ")
    emit(c(cols, res))
  }
  flush_table(paste0("fit_", model))
}
