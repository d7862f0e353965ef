# Fixtures for courtstat's claim checker (Tests/Fixtures/claims.csv), computed by hand in R from
# the tests each claim kind rests on (poisson.test, binom.test, fisher.test, Newcombe's interval),
# with the verdict applied by DESIGN.md's interval rule independently of the Swift code.
# Run from the repository root: Rscript scripts/make-claim-fixtures.R
# Needs only r-base-core.
options(digits = 17)
f <- function(v) if (is.na(v)) "NA" else if (is.infinite(v)) (if (v > 0) "Inf" else "-Inf") else sprintf("%.17g", v)
rows <- list()
add <- function(...) rows[[length(rows) + 1]] <<- list(...)

verdict <- function(lo, hi, rlo, rhi, open_lo = FALSE, open_hi = FALSE) {
  inside_lo <- if (open_lo) lo > rlo else lo >= rlo
  inside_hi <- if (open_hi) hi < rhi else hi <= rhi
  if (inside_lo && inside_hi) return("supported")
  above <- if (open_hi) lo >= rhi else lo > rhi
  below <- if (open_lo) hi <= rlo else hi < rlo
  if (above || below) "contradicted" else "inconclusive"
}

# ratio: counts as stated; interval poisson.test(c(a, b))$conf.int
ratio <- function(id, a, ad, b, bd, region, value, margin = NA, level = 0.95) {
  ci <- poisson.test(c(a, b), c(1, 1), conf.level = level)$conf.int
  if (region == "at_least") { p <- poisson.test(c(a, b), c(1, 1), r = value, alternative = "greater")$p.value; rl <- value; rh <- Inf }
  if (region == "at_most") { p <- poisson.test(c(a, b), c(1, 1), r = value, alternative = "less")$p.value; rl <- -Inf; rh <- value }
  if (region == "about") {
    rl <- value * (1 - margin); rh <- value * (1 + margin)
    p <- max(poisson.test(c(a, b), c(1, 1), r = rl, alternative = "greater")$p.value,
             poisson.test(c(a, b), c(1, 1), r = rh, alternative = "less")$p.value)
  }
  add(claim = id, kind = "ratio", a = a, a_days = ad, b = b, b_days = bd, x = NA, n = NA, region = region, value = value,
      margin = margin, per = "", conf_level = level, estimate = a / b, conf_low = ci[1], conf_high = ci[2], p_value = p,
      verdict = verdict(ci[1], ci[2], rl, rh))
}
ratio("h1-2023-double-2022", 2076, 181, 1001, 365, "at_least", 2)
ratio("h1-2023-triple-2021", 2076, 181, 615, 365, "at_least", 3)
ratio("h1-2023-about-double", 2076, 181, 1001, 365, "about", 2, 0.1)
ratio("h1-2023-about-double-tight", 2076, 181, 1001, 365, "about", 2, 0.02)
ratio("twice-contradicted", 1100, 365, 1001, 365, "at_least", 2)
ratio("at-most-1", 50, 365, 80, 365, "at_most", 1)
ratio("at-most-1-unclear", 75, 365, 80, 365, "at_most", 1, level = 0.9)
ratio("six-times", 148, 365, 24, 365, "at_least", 6)

# rate: count over days per unit (week = 7, month = 365.25/12, year = 365.25)
rate <- function(id, count, days, per, per_days, region, value, margin = NA, level = 0.95) {
  tt <- days / per_days
  ci <- poisson.test(count, tt, conf.level = level)$conf.int
  if (region == "at_least") { p <- poisson.test(count, tt, r = value, alternative = "greater")$p.value; rl <- value; rh <- Inf }
  if (region == "at_most") { p <- poisson.test(count, tt, r = value, alternative = "less")$p.value; rl <- -Inf; rh <- value }
  if (region == "about") {
    rl <- value * (1 - margin); rh <- value * (1 + margin)
    p <- max(poisson.test(count, tt, r = rl, alternative = "greater")$p.value, poisson.test(count, tt, r = rh, alternative = "less")$p.value)
  }
  add(claim = id, kind = "rate", a = count, a_days = days, b = NA, b_days = NA, x = NA, n = NA, region = region, value = value,
      margin = margin, per = per, conf_level = level, estimate = count / tt, conf_low = ci[1], conf_high = ci[2], p_value = p,
      verdict = verdict(ci[1], ci[2], rl, rh))
}
rate("100-a-week-june", 460, 30, "week", 7, "at_least", 100)
rate("100-a-week-june-about", 460, 30, "week", 7, "about", 100, 0.1)
rate("100-a-week-h1", 1900, 181, "week", 7, "at_least", 100)
rate("per-day", 40, 10, "day", 1, "at_most", 5)
rate("per-month", 1200, 365, "month", 365.25 / 12, "at_least", 90)
rate("per-year", 615, 365, "year", 365.25, "about", 600, 0.05)

# share: Clopper-Pearson interval, exact binomial p
share <- function(id, x, n, region, value, margin = NA, level = 0.95) {
  ci <- binom.test(x, n, conf.level = level)$conf.int
  if (region == "more_than") { p <- binom.test(x, n, p = value, alternative = "greater")$p.value; rl <- value; rh <- Inf; ol <- TRUE; oh <- FALSE }
  if (region == "less_than") { p <- binom.test(x, n, p = value, alternative = "less")$p.value; rl <- -Inf; rh <- value; ol <- FALSE; oh <- TRUE }
  if (region == "about") {
    rl <- value * (1 - margin); rh <- value * (1 + margin); ol <- FALSE; oh <- FALSE
    p <- max(binom.test(x, n, p = rl, alternative = "greater")$p.value, binom.test(x, n, p = rh, alternative = "less")$p.value)
  }
  add(claim = id, kind = "share", a = NA, a_days = NA, b = NA, b_days = NA, x = x, n = n, region = region, value = value,
      margin = margin, per = "", conf_level = level, estimate = x / n, conf_low = ci[1], conf_high = ci[2], p_value = p,
      verdict = verdict(ci[1], ci[2], rl, rh, ol, oh))
}
share("majority-suspended", 198, 330, "more_than", 0.5)
share("majority-suspended-small", 9, 15, "more_than", 0.5)
share("minority", 100, 330, "less_than", 0.5)
share("third", 110, 330, "about", 1/3, 0.1)
share("most-mobilised", 150, 330, "more_than", 0.5)

# same: exact TOST on rates per day; the 1 - 2 alpha interval decides
same <- function(id, a, ad, b, bd, margin, level = 0.95) {
  lev <- 1 - 2 * (1 - level)
  ci <- poisson.test(c(a, b), c(ad, bd), conf.level = lev)$conf.int
  p <- max(poisson.test(c(a, b), c(ad, bd), r = 1 - margin, alternative = "greater")$p.value,
           poisson.test(c(a, b), c(ad, bd), r = 1 + margin, alternative = "less")$p.value)
  add(claim = id, kind = "same", a = a, a_days = ad, b = b, b_days = bd, x = NA, n = NA, region = "about", value = 1,
      margin = margin, per = "", conf_level = lev, estimate = (a / ad) / (b / bd), conf_low = ci[1], conf_high = ci[2],
      p_value = p, verdict = verdict(ci[1], ci[2], 1 - margin, 1 + margin))
}
same("art335-same", 444, 365, 442, 365, 0.15)
same("art335-same-5pct", 444, 365, 442, 365, 0.05)
same("desertion-not-same", 148, 365, 24, 365, 0.15)
same("small-counts", 12, 365, 10, 365, 0.15)

# greater: Newcombe hybrid score interval for p1 - p2 > 0; Fisher one-sided p
greater <- function(id, x1, n1, x2, n2, level = 0.95) {
  w <- function(x, n) prop.test(x, n, correct = FALSE, conf.level = level)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; l1 <- w(x1, n1); l2 <- w(x2, n2); d <- p1 - p2
  lo <- d - sqrt((p1 - l1[1])^2 + (l2[2] - p2)^2); hi <- d + sqrt((l1[2] - p1)^2 + (p2 - l2[1])^2)
  p <- fisher.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2), alternative = "greater")$p.value
  add(claim = id, kind = "greater", a = NA, a_days = NA, b = NA, b_days = NA, x = paste(x1, x2), n = paste(n1, n2),
      region = "more_than", value = 0, margin = NA, per = "", conf_level = level, estimate = d, conf_low = lo, conf_high = hi,
      p_value = p, verdict = verdict(lo, hi, 0, Inf, TRUE, FALSE))
}
greater("mobilised-more-prison-even-split", 58, 165, 46, 165)
greater("clear-difference", 120, 200, 60, 200)
greater("reverse", 30, 200, 60, 200)

cols <- names(rows[[1]])
out <- file("Tests/Fixtures/claims.csv", "w")
writeLines(paste0("# generated by scripts/make-claim-fixtures.R with ", R.version.string), out)
writeLines(paste(cols, collapse = ","), out)
for (r in rows) {
  writeLines(paste(sapply(cols, function(k) { v <- r[[k]]; if (is.character(v)) v else f(v) }), collapse = ","), out)
}
close(out)
cat("wrote", length(rows), "rows to Tests/Fixtures/claims.csv\n")
