# The analysis core of `courtstat report --data FILE` in R, for scripts/bench-report.sh (a
# benchmark, not a test). Usage: Rscript scripts/bench/report.R CASES.csv OUT_DIR
# Writes OUT_DIR/results.csv (name,value: the numbers compared with courtstat's) and
# OUT_DIR/phases.csv (phase,seconds).
#
# 1. Weekly counts of Art. 337 by received_date (ISO weeks, Monday start), every week from the
#    first to the last, empty ones 0; exposure = days of each week inside first..last date.
#    Poisson, quasi-Poisson (glm) and negative binomial (MASS::glm.nb) log-linear fits with
#    offset log(days) and the break at the week holding 2022-09-21 (level_change, slope_change);
#    the likelihood-ratio over-dispersion test; fitted values with 95% Wald bands.
# 2. Cases with a decision_date, mobilized vs contract, convicted (prison, colony_settlement,
#    disciplinary_battalion, suspended, fine): custodial shares (prop.test, Wilson), Newcombe's
#    risk difference and the risk ratio (by hand, as courtstat), fisher.test, chisq.test,
#    mantelhaen.test over quarters of the decision date, t.test (Welch) and
#    wilcox.test(conf.int = TRUE) on sentence_months of custodial sentences, glm(binomial) of
#    custodial on group + decision year + part (reference levels: the most common, as courtstat),
#    Wilson shares per quarter and 6-month histograms (the report's charts).
suppressPackageStartupMessages({ library(data.table); library(MASS) })
args <- commandArgs(TRUE)
file <- args[1]; out <- args[2]
dir.create(out, showWarnings = FALSE, recursive = TRUE)
t0 <- proc.time()[["elapsed"]]; phases <- list()
lap <- function(name) { t <- proc.time()[["elapsed"]]; phases[[name]] <<- t - t0; t0 <<- t }
res <- list()
put <- function(key, value) res[[key]] <<- value

d <- fread(file, colClasses = list(character = c("article", "part", "sentence_type", "defendant_status")),
           na.strings = "", showProgress = FALSE)
# fread reads ISO dates as IDate (integer days since 1970-01-01, a Thursday).
lap("read")

# --- 1. the weekly trend ------------------------------------------------------------------
day <- as.integer(d[article == "337", received_date])
week <- day - (day + 3L) %% 7L                      # the Monday of the ISO week
first <- min(day); last <- max(day)
weeks <- seq(min(week), max(week), by = 7L)
n <- tabulate((week - weeks[1]) %/% 7L + 1L, nbins = length(weeks))
days <- pmin(weeks + 6L, last) - pmax(weeks, first) + 1L
k <- which(weeks <= as.integer(as.IDate("2022-09-21")) & as.integer(as.IDate("2022-09-21")) <= weeks + 6L) - 1L
time <- seq_along(weeks) - 1
s <- data.frame(n = n, time = time, level_change = as.numeric(time >= k),
                slope_change = ifelse(time >= k, time - k, 0), o = log(days))
f <- n ~ time + level_change + slope_change + offset(o)
pois <- glm(f, family = poisson, data = s)
qpois <- glm(f, family = quasipoisson, data = s)
nb <- glm.nb(f, data = s)
lr <- max(0, 2 * (as.numeric(logLik(nb)) - as.numeric(logLik(pois))))
od_p <- 0.5 * pchisq(lr, 1, lower.tail = FALSE)
chosen <- if (od_p < 0.05) nb else pois
pr <- predict(chosen, type = "link", se.fit = TRUE)
band <- cbind(exp(pr$fit), exp(pr$fit - qnorm(0.975) * pr$se.fit), exp(pr$fit + qnorm(0.975) * pr$se.fit))
ci_nb <- confint.default(nb)
sp <- summary(pois)$coefficients; sq <- summary(qpois)$coefficients; sn <- summary(nb)$coefficients
put("weeks", length(n)); put("cases_337", sum(n)); put("break_index", k)
put("poisson_level_change", sp["level_change", 1]); put("poisson_slope_change", sp["slope_change", 1])
put("quasipoisson_level_change_se", sq["level_change", 2])
put("negbin_level_change", sn["level_change", 1]); put("negbin_level_change_se", sn["level_change", 2])
put("negbin_theta", nb$theta); put("overdispersion_lr", lr)
lap("trend")

# --- 2. mobilized against contract ----------------------------------------------------------
custodial_types <- c("prison", "colony_settlement", "disciplinary_battalion")
convicted_types <- c(custodial_types, "suspended", "fine")
g <- d[!is.na(decision_date) & defendant_status %chin% c("mobilized", "contract")]
excluded <- g[!(sentence_type %chin% convicted_types), .N, keyby = defendant_status]
c2 <- g[sentence_type %chin% convicted_types,
        .(a = defendant_status == "mobilized", custodial = sentence_type %chin% custodial_types,
          months = sentence_months, decision_date, part)]
xa <- c2[a == TRUE, sum(custodial)]; na <- c2[a == TRUE, .N]
xb <- c2[a == FALSE, sum(custodial)]; nb_ <- c2[a == FALSE, .N]
wa <- prop.test(xa, na, correct = FALSE); wb <- prop.test(xb, nb_, correct = FALSE)
pa <- xa / na; pb <- xb / nb_
rd <- c(pa - pb - sqrt((pa - wa$conf.int[1])^2 + (wb$conf.int[2] - pb)^2),
        pa - pb + sqrt((wa$conf.int[2] - pa)^2 + (pb - wb$conf.int[1])^2))        # Newcombe
rr_se <- sqrt(1 / xa - 1 / na + 1 / xb - 1 / nb_)
rr <- c(pa / pb, exp(log(pa / pb) + c(-1, 1) * qnorm(0.975) * rr_se))
tab <- matrix(c(xa, xb, na - xa, nb_ - xb), 2)
ft <- fisher.test(tab)
ct <- chisq.test(tab)
c2[, quarter := paste0(year(decision_date), "-Q", quarter(decision_date))]
st <- table(factor(!c2$a, c(FALSE, TRUE)), factor(!c2$custodial, c(FALSE, TRUE)), c2$quarter)
st <- st[, , apply(st, 3, sum) >= 2, drop = FALSE]
storage.mode(st) <- "double"               # integer counts overflow in the RBG variance
mh <- mantelhaen.test(st)
put("convicted_a", na); put("custodial_a", xa); put("convicted_b", nb_); put("custodial_b", xb)
put("excluded_a", excluded[defendant_status == "mobilized", N]); put("excluded_b", excluded[defendant_status == "contract", N])
put("share_a_low", wa$conf.int[1]); put("risk_difference_low", rd[1]); put("risk_ratio_low", rr[2])
put("fisher_or", ft$estimate); put("fisher_p", ft$p.value); put("fisher_or_low", ft$conf.int[1]); put("fisher_or_high", ft$conf.int[2])
put("chisq", ct$statistic); put("mh_strata", dim(st)[3]); put("mh_or", mh$estimate); put("mh_statistic", mh$statistic)
lap("tables")

ma <- c2[a == TRUE & custodial == TRUE & !is.na(months), months]
mb <- c2[a == FALSE & custodial == TRUE & !is.na(months), months]
tt <- t.test(ma, mb)
put("welch_t", tt$statistic); put("welch_df", tt$parameter); put("welch_low", tt$conf.int[1])
lap("welch")
wt <- wilcox.test(ma, mb, conf.int = TRUE)
put("wilcox_w", wt$statistic); put("wilcox_p", wt$p.value); put("wilcox_shift", wt$estimate)
put("wilcox_low", wt$conf.int[1]); put("wilcox_high", wt$conf.int[2])
lap("wilcoxon")

most_common <- function(x) names(which.max(table(x)))
year_f <- factor(year(c2$decision_date)); year_f <- relevel(year_f, most_common(year_f))
part_f <- factor(ifelse(is.na(c2$part) | c2$part == "", "(none)", c2$part)); part_f <- relevel(part_f, most_common(part_f))
lg <- glm(c2$custodial ~ c2$a + year_f + part_f, family = binomial)
sl <- summary(lg)$coefficients
put("logistic_group", sl[2, 1]); put("logistic_group_se", sl[2, 2]); put("logistic_terms", nrow(sl))
lap("logistic")

# The report's charts: custodial share per quarter and group (Wilson), 6-month histograms.
# (quarter is a column: grouping by an outside vector went wrong once c2[a == TRUE, ...] had
# made an index on a, data.table 1.14.8.)
qs <- c2[, .(x = sum(custodial), n = .N), keyby = .(a, quarter)]
qs[, c("low", "high") := {
    ci <- mapply(function(x, n) prop.test(x, n, correct = FALSE)$conf.int, x, n)
    list(ci[1, ], ci[2, ]) }]
hist_a <- table(floor(ma / 6)); hist_b <- table(floor(mb / 6))
fwrite(qs, file.path(out, "custodial_share_by_quarter.csv"))
fwrite(data.table(period = weeks, n = n, fitted = band[, 1], fit_low = band[, 2], fit_high = band[, 3]),
       file.path(out, "trend_series.csv"))
lap("charts")

fwrite(data.table(name = names(res), value = vapply(res, function(v) format(unname(v), digits = 17), "")),
       file.path(out, "results.csv"))
fwrite(data.table(phase = names(phases), seconds = unlist(phases)), file.path(out, "phases.csv"))
