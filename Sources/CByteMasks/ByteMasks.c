// Everything is in include/CByteMasks.h (static inline, so that Swift inlines it); SwiftPM
// needs one source file per C target.
#include "CByteMasks.h"
