// Byte masks for the CSV reader's fast split: for 64 bytes, which ones are commas, which ones
// end a plain field's run (quotes and control characters, the line end among them) and which
// ones are not ASCII, one bit per byte (bit k for byte k).
//
// This is C because Swift has no way to reach SSE2's PMOVMSKB (one instruction: the top bit of
// each of 16 bytes into a 16-bit integer); Swift's SIMD types can only gather lane bits with a
// multiply and shift per 8 bytes, which made building these masks cost more than using them.
// Other architectures take a plain loop over the bytes (same results, slower).
#ifndef COURTSTAT_BYTE_MASKS_H
#define COURTSTAT_BYTE_MASKS_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The masks of 64 bytes: bit k describes byte k.
typedef struct {
    uint64_t comma;     // ','
    uint64_t special;   // '"' or below 0x20 (CR, LF, tab, other control characters)
    uint64_t high;      // 0x80 and above (part of a multi-byte UTF-8 sequence, or invalid)
} CourtstatByteMasks;

#if defined(__SSE2__)
static inline void courtstat_masks16(const uint8_t *p, uint64_t *comma, uint64_t *special, uint64_t *high, int shift) {
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i isComma = _mm_cmpeq_epi8(v, _mm_set1_epi8(','));
    // Unsigned v < 0x20 exactly when min(v, 0x1F) == v.
    __m128i isControl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    __m128i isSpecial = _mm_or_si128(isControl, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    *comma |= (uint64_t)(uint16_t)_mm_movemask_epi8(isComma) << shift;
    *special |= (uint64_t)(uint16_t)_mm_movemask_epi8(isSpecial) << shift;
    *high |= (uint64_t)(uint16_t)_mm_movemask_epi8(v) << shift;
}
#endif

/// The masks of the 64 bytes at `p` (all of which must be readable).
static inline CourtstatByteMasks courtstat_byte_masks(const uint8_t *p) {
    uint64_t comma = 0, special = 0, high = 0;
#if defined(__SSE2__)
    courtstat_masks16(p, &comma, &special, &high, 0);
    courtstat_masks16(p + 16, &comma, &special, &high, 16);
    courtstat_masks16(p + 32, &comma, &special, &high, 32);
    courtstat_masks16(p + 48, &comma, &special, &high, 48);
#else
    for (int k = 0; k < 64; k++) {
        uint8_t b = p[k];
        comma |= (uint64_t)(b == ',') << k;
        special |= (uint64_t)(b == '"' || b < 0x20) << k;
        high |= (uint64_t)(b >= 0x80) << k;
    }
#endif
    CourtstatByteMasks m = { comma, special, high };
    return m;
}

#endif
