// The one header through which courtstat sees the GNU Scientific Library.
// Only CourtstatNumerics imports this module.
#ifndef COURTSTAT_CGSL_SHIM_H
#define COURTSTAT_CGSL_SHIM_H
#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_log.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_blas.h>

// GSL's algorithm tables are mutable C globals, which Swift 6 will not read directly from
// concurrent code; these accessors return the (never modified) table pointers.
static inline const gsl_rng_type *courtstat_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_root_fsolver_type *courtstat_root_brent(void) { return gsl_root_fsolver_brent; }
#endif
