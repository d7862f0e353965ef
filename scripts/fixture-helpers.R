# Helpers shared by make-model-fixtures.R and make-trend-fixtures.R, which source this file after
# setting `header` (the fixtures' first line), `outdir` and `ctrl` (glm.control(epsilon = 1e-14,
# maxit = 100)); uses MASS.

# A fixture file: the header line, the column names, then rows; numbers at 17 significant
# digits (read back as the same doubles), NA as NA.
num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
write_fixture <- function(df, file) {
  cols <- lapply(df, function(col) if (is.numeric(col)) num(col) else ifelse(is.na(col), "NA", as.character(col)))
  writeLines(c(header, paste(names(df), collapse = ","), do.call(paste, c(cols, sep = ","))), file.path(outdir, file))
}

# The negative binomial log-likelihood at theta (as MASS computes it).
nb_loglik <- function(th, mu, y) sum(lgamma(th + y) - lgamma(th) - lgamma(y + 1) + th * log(th) +
  y * log(mu + (y == 0)) - (th + y) * log(th + mu))

# The negative binomial solved tightly (glm.nb's alternation of theta.ml and IRLS, iterated until
# theta moves by less than 1e-13 relative, then refitted at that theta).
nb_tight <- function(form, d, y) {
  environment(form) <- environment()   # glm evaluates `etastart` where the formula lives
  fit <- glm(form, family = poisson(), data = d, control = ctrl)
  th <- as.vector(theta.ml(y, fitted(fit), limit = 100, eps = 1e-9))
  for (i in 1:200) {
    eta0 <- fit$linear.predictors
    fit <- glm(form, family = negative.binomial(th), data = d, control = ctrl, etastart = eta0)
    th_new <- as.vector(theta.ml(y, fitted(fit), limit = 100, eps = 1e-9 * th))
    done <- abs(th_new - th) <= 1e-13 * th
    th <- th_new
    if (done) break
  }
  stopifnot(i < 200)
  # refit at the final theta so that coefficients and theta belong together
  eta0 <- fit$linear.predictors
  fit <- glm(form, family = negative.binomial(th), data = d, control = ctrl, etastart = eta0)
  list(fit = fit, theta = th, alternations = i)
}
