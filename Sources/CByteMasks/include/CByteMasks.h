// Byte masks for the CSV reader's fast split: for 64 bytes, which ones are commas, which ones
// end a plain field's run (quotes and control characters, the line end among them) and which
// ones are not ASCII, one bit per byte (bit k for byte k); and for the UTF-8 check of records
// with non-ASCII text, which bytes are continuations and which lead two-byte sequences.
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

/// For the UTF-8 check of a record with non-ASCII bytes: bit k describes byte k of 64.
typedef struct {
    uint64_t high;          // 0x80 and above
    uint64_t continuation;  // 0x80-0xBF
    uint64_t lead2;         // 0xC2-0xDF, the first byte of a two-byte sequence (U+0080-U+07FF)
} CourtstatUTF8Masks;

#if defined(__SSE2__)
static inline void courtstat_utf8_masks16(const uint8_t *p, CourtstatUTF8Masks *m, int shift) {
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    // As signed bytes: continuations are -128..-65, two-byte leads -62..-33, ASCII 0..127.
    __m128i isContinuation = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
    __m128i isLead2 = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)0xC1)), _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xE0)));
    m->high |= (uint64_t)(uint16_t)_mm_movemask_epi8(v) << shift;
    m->continuation |= (uint64_t)(uint16_t)_mm_movemask_epi8(isContinuation) << shift;
    m->lead2 |= (uint64_t)(uint16_t)_mm_movemask_epi8(isLead2) << shift;
}
#endif

/// The UTF-8 masks of the 64 bytes at `p` (all of which must be readable).
static inline CourtstatUTF8Masks courtstat_utf8_masks(const uint8_t *p) {
    CourtstatUTF8Masks m = { 0, 0, 0 };
#if defined(__SSE2__)
    courtstat_utf8_masks16(p, &m, 0);
    courtstat_utf8_masks16(p + 16, &m, 16);
    courtstat_utf8_masks16(p + 32, &m, 32);
    courtstat_utf8_masks16(p + 48, &m, 48);
#else
    for (int k = 0; k < 64; k++) {
        uint8_t b = p[k];
        m.high |= (uint64_t)(b >= 0x80) << k;
        m.continuation |= (uint64_t)(b >= 0x80 && b <= 0xBF) << k;
        m.lead2 |= (uint64_t)(b >= 0xC2 && b <= 0xDF) << k;
    }
#endif
    return m;
}

#endif
