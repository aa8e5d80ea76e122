/* lint_scan.c: the personal-data lint's scanner: what looks like a real
 * person's data in a text, with the check digits and formats behind each
 * kind. Knows nothing of the model. */
#include "lint.h"

#include <stdint.h>
#include <string.h>

/* The most spaces between two parts of one thing ("SW1A  1AA"): more is
 * layout, not a gap, and the bound keeps every match a bounded look. */
#define LINT_MAX_GAP 16
/* The longest word a name's part may be, and how far back a date looks
 * for "born" or "DOB". */
#define LINT_MAX_WORD 40
#define LINT_CUE_REACH 80

/* ---- the checks ---- */

int
lint_nhs_valid(const char *d)
{
	int sum = 0;
	for (int i = 0; i < 10; i++)
		if (d[i] < '0' || d[i] > '9')
			return 0;
	for (int i = 0; i < 9; i++)
		sum += (d[i] - '0') * (10 - i);
	int check = 11 - sum % 11;
	if (check == 11)
		check = 0;
	/* A remainder that gives 10 is never issued. */
	return check != 10 && check == d[9] - '0';
}

/* The DfE's check letters, by remainder (no I, O or S). */
static const char upn_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

int
lint_upn_valid(const char *s)
{
	int sum = 0;
	for (int i = 1; i < 13; i++) {
		int v;
		if (s[i] >= '0' && s[i] <= '9')
			v = s[i] - '0';
		else if (i == 12 && s[i] != '\0' &&
		    strchr(upn_letters, s[i]) != NULL)
			v = (int)(strchr(upn_letters, s[i]) - upn_letters);
		else
			return 0;
		sum += v * (i + 1);
	}
	return s[0] == upn_letters[sum % 23];
}

int
lint_ni_valid(const char *s)
{
	static const char *const unissued[] = { "BG", "GB", "NK", "KN", "TN",
	    "NT", "ZZ" };
	if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' ||
	    strchr("DFIQUV", s[0]) != NULL || strchr("DFIOQUV", s[1]) != NULL)
		return 0;
	for (size_t i = 0; i < sizeof unissued / sizeof unissued[0]; i++)
		if (s[0] == unissued[i][0] && s[1] == unissued[i][1])
			return 0;
	for (int i = 2; i < 8; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[8] >= 'A' && s[8] <= 'D';
}

static int
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

int
lint_postcode_valid(const char *s)
{
	size_t n = strlen(s);
	if (n < 5 || n > 7)
		return 0;
	if (strcmp(s, "GIR0AA") == 0)
		return 1;
	const char *in = s + n - 3;
	if (!is_digit(in[0]) || strchr("ABDEFGHJLNPQRSTUWXYZ", in[1]) == NULL ||
	    strchr("ABDEFGHJLNPQRSTUWXYZ", in[2]) == NULL || in[1] == '\0' ||
	    in[2] == '\0')
		return 0;
	/* The outward code: A9, A99, AA9, AA99, A9A or AA9A. */
	char shape[5] = "";
	size_t out = n - 3;
	for (size_t i = 0; i < out; i++)
		shape[i] = is_upper(s[i]) ? 'A' : is_digit(s[i]) ? '9' : '?';
	shape[out] = '\0';
	if (strchr("QVX", s[0]) != NULL)
		return 0;
	if (strcmp(shape, "A9") == 0 || strcmp(shape, "A99") == 0)
		return 1;
	if (strcmp(shape, "A9A") == 0)
		return strchr("ABCDEFGHJKPSTUW", s[2]) != NULL;
	if (shape[0] != 'A' || shape[1] != 'A' || strchr("IJZ", s[1]) != NULL)
		return 0;
	if (strcmp(shape, "AA9") == 0 || strcmp(shape, "AA99") == 0)
		return 1;
	return strcmp(shape, "AA9A") == 0 &&
	    strchr("ABEHMNPRVWXY", s[3]) != NULL;
}

int
lint_phone_drama(const char *digits)
{
	/* Ofcom's numbers for TV and radio drama: a thousand from each of
	 * these prefixes (the mobile, the fictional 01632 area, and the
	 * cities'). */
	static const char *const drama[] = { "07700900", "01632960",
	    "02079460", "01134960", "01144960", "01154960", "01164960",
	    "01174960", "01184960", "01214960", "01314960", "01414960",
	    "01514960", "01614960", "01914980", "02896496", "02920180" };
	if (strlen(digits) != 11)
		return 0;
	for (size_t i = 0; i < sizeof drama / sizeof drama[0]; i++)
		if (strncmp(digits, drama[i], strlen(drama[i])) == 0)
			return 1;
	return 0;
}

/* ---- the scanner ---- */

/*
 * What a byte is, a bit each, so that the scan pays one table lookup for
 * a byte that starts nothing, and a matcher's test of a byte is one too.
 */
enum {
	C_UPPER = 1, C_LOWER = 2, C_DIGIT = 4,
	C_ON = 8,	/* a word or number goes on past it: a letter, a
			 * digit, '+' or '@' (so nothing starts after it) */
	C_CONT = 16,	/* a UTF-8 continuation byte */
	C_LEAD = 32,	/* leads a Latin letter with an accent (U+00C0 to
			 * U+017F: 0xC3 to 0xC5) */
	C_LOCAL = 64,	/* may be in an email address's local part */
	C_GAP = 128	/* a space, tab, CR or line break: may be in a gap
			 * between two parts (skip_gap) */
};
#define IN(c, lo, hi) ((c) >= (lo) && (c) <= (hi))
#define ALNUM(c) (IN(c, 'A', 'Z') || IN(c, 'a', 'z') || IN(c, '0', '9'))
#define CLASS(c) ((IN(c, 'A', 'Z') ? C_UPPER : 0) | \
    (IN(c, 'a', 'z') ? C_LOWER : 0) | (IN(c, '0', '9') ? C_DIGIT : 0) | \
    (ALNUM(c) || (c) == '+' || (c) == '@' ? C_ON : 0) | \
    (IN(c, 0x80, 0xBF) ? C_CONT : 0) | (IN(c, 0xC3, 0xC5) ? C_LEAD : 0) | \
    (ALNUM(c) || (c) == '.' || (c) == '_' || (c) == '%' || (c) == '+' || \
    (c) == '-' ? C_LOCAL : 0) | \
    ((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\n' ? C_GAP : 0))
#define ROW(f, b) f(b), f(b + 1), f(b + 2), f(b + 3), f(b + 4), f(b + 5), \
    f(b + 6), f(b + 7), f(b + 8), f(b + 9), f(b + 10), f(b + 11), \
    f(b + 12), f(b + 13), f(b + 14), f(b + 15)
#define TABLE(f) { ROW(f, 0x00), ROW(f, 0x10), ROW(f, 0x20), ROW(f, 0x30), \
    ROW(f, 0x40), ROW(f, 0x50), ROW(f, 0x60), ROW(f, 0x70), ROW(f, 0x80), \
    ROW(f, 0x90), ROW(f, 0xA0), ROW(f, 0xB0), ROW(f, 0xC0), ROW(f, 0xD0), \
    ROW(f, 0xE0), ROW(f, 0xF0) }

static const unsigned char byte_class[256] = TABLE(CLASS);

/* The matchers, a bit each in the order lint_scan tries them. */
enum {
	M_EMAIL = 1, M_UPN = 2, M_NI = 4, M_NHS = 8, M_PHONE = 16, M_DOB = 32,
	M_POSTCODE = 64, M_NAME = 128
};
/* Which matchers can match at all from a word's first byte (each returns
 * 0 at once on any other); 0: nothing starts there. A capital can start
 * an address, a pupil or NI number, a month, a postcode or a name; a
 * small letter an address or an NI number; a digit an address, an NHS
 * number, a date or, from 0, a phone number; '+' an address or a phone
 * number; '(' a phone number. */
#define FIRST(c) (IN(c, 'A', 'Z') ? M_EMAIL | M_UPN | M_NI | M_DOB | \
    M_POSTCODE | M_NAME : IN(c, 'a', 'z') ? M_EMAIL | M_NI : \
    IN(c, '0', '9') ? M_EMAIL | M_NHS | M_DOB | ((c) == '0' ? M_PHONE : 0) : \
    (c) == '+' ? M_EMAIL | M_PHONE : (c) == '(' ? M_PHONE : 0)

static const unsigned char first_byte[256] = TABLE(FIRST);

struct scan {
	const char *s;
	size_t len;
	enum lint_join join;
};

static int
at(const struct scan *sc, size_t i)
{
	return i < sc->len ? (unsigned char)sc->s[i] : 0;
}

static int
is_class(const struct scan *sc, size_t i, int bits)
{
	return i < sc->len && (byte_class[(unsigned char)sc->s[i]] & bits);
}

/* The bytes of the letter at j: an ASCII letter, or a Latin letter with
 * an accent in UTF-8 (U+00C0 to U+017F: Siân, Zoë, Llŷr); 0 otherwise. */
static size_t
letter_len(const struct scan *sc, size_t j)
{
	if (is_class(sc, j, C_UPPER | C_LOWER))
		return 1;
	return is_class(sc, j, C_LEAD) && is_class(sc, j + 1, C_CONT) ? 2 : 0;
}

/* Whether a letter ends just before i. */
static int
letter_before(const struct scan *sc, size_t i)
{
	if (i >= 1 && is_class(sc, i - 1, C_UPPER | C_LOWER))
		return 1;
	return i >= 2 && is_class(sc, i - 2, C_LEAD) &&
	    is_class(sc, i - 1, C_CONT);
}

/* Whether i ends a thing found: the text ends, or no letter or digit
 * follows. */
static int
ends(const struct scan *sc, size_t i)
{
	return !is_class(sc, i, C_DIGIT) && letter_len(sc, i) == 0;
}

/* What else a gap between two parts may hold (skip_gap). */
enum gap_extra { GAP_SPACES, GAP_HYPHENS, GAP_EMPHASIS };

static int
gap_byte(int c, enum gap_extra extra)
{
	return c == ' ' || c == '\t' || c == '\r' ||
	    (extra == GAP_HYPHENS && c == '-') ||
	    (extra == GAP_EMPHASIS && (c == '*' || c == '_'));
}

/*
 * The position after the gap between two parts of one thing at i: spaces
 * and tabs, the bytes extra allows, and at most one line break that the
 * join allows (never a blank line). Returns i when there is no gap.
 */
static size_t
skip_gap(const struct scan *sc, size_t i, enum gap_extra extra)
{
	size_t j = i;
	int broke = 0;
	while (j < sc->len && j - i < LINT_MAX_GAP) {
		int c = at(sc, j);
		if (gap_byte(c, extra)) {
			j++;
			continue;
		}
		if (c != '\n' || broke)
			break;
		size_t k = j + 1;
		while (k < sc->len && gap_byte(at(sc, k), GAP_SPACES))
			k++;
		if (k >= sc->len || at(sc, k) == '\n' ||
		    (sc->join == LINT_JOIN_INDENTED && k == j + 1))
			break;
		broke = 1;
		j = k;
	}
	return j - i >= LINT_MAX_GAP ? i : j;
}

/* Reads exactly n digits at *j into out (advancing both); not followed by
 * another digit. */
static int
digits(const struct scan *sc, size_t *j, size_t n, char **out)
{
	for (size_t k = 0; k < n; k++) {
		if (!is_class(sc, *j, C_DIGIT))
			return 0;
		*(*out)++ = (char)at(sc, (*j)++);
	}
	return !is_class(sc, *j, C_DIGIT);
}

/* "9434765919", "943 476 5919" or "943-476-5919", checked. */
static size_t
match_nhs(const struct scan *sc, size_t i)
{
	static const size_t shapes[2][3] = { { 10, 0, 0 }, { 3, 3, 4 } };
	for (size_t s = 0; s < 2; s++) {
		char d[11], *o = d;
		size_t j = i;
		int ok = 1;
		for (size_t g = 0; ok && g < 3 && shapes[s][g] > 0; g++) {
			if (g > 0) {
				size_t k = skip_gap(sc, j, GAP_HYPHENS);
				ok = k > j;
				j = k;
			}
			ok = ok && digits(sc, &j, shapes[s][g], &o);
		}
		d[10] = '\0';
		if (ok && ends(sc, j) && d[0] != '0' &&
		    !(d[0] == '9' && d[1] == '9' && d[2] == '9') &&
		    lint_nhs_valid(d))
			return j;
	}
	return 0;
}

/* "AB123456C" or "AB 12 34 56 C", in one case. */
static size_t
match_ni(const struct scan *sc, size_t i)
{
	int letter = is_class(sc, i, C_UPPER) ? C_UPPER : C_LOWER;
	int shift = letter == C_UPPER ? 0 : 'a' - 'A';
	char s[10];
	size_t j = i;
	for (int k = 0; k < 2; k++, j++) {
		if (!is_class(sc, j, letter))
			return 0;
		s[k] = (char)(at(sc, j) - shift);
	}
	for (int k = 0; k < 6; k++) {
		if (k % 2 == 0)
			j = skip_gap(sc, j, GAP_SPACES);
		if (!is_class(sc, j, C_DIGIT))
			return 0;
		s[2 + k] = (char)at(sc, j++);
	}
	j = skip_gap(sc, j, GAP_SPACES);
	int ok = is_class(sc, j, letter);
	s[8] = (char)(at(sc, j++) - shift);
	s[9] = '\0';
	if (!ok || !ends(sc, j) || !lint_ni_valid(s))
		return 0;
	return j;
}

/* A letter and twelve digits, or eleven and a letter, checked. */
static size_t
match_upn(const struct scan *sc, size_t i)
{
	char s[14];
	if (!is_class(sc, i, C_UPPER))
		return 0;
	for (size_t k = 0; k < 13; k++) {
		if (k > 0 && !is_class(sc, i + k, C_DIGIT) &&
		    !(k == 12 && is_class(sc, i + k, C_UPPER)))
			return 0;
		s[k] = (char)at(sc, i + k);
	}
	s[13] = '\0';
	return ends(sc, i + 13) && lint_upn_valid(s) ? i + 13 : 0;
}

/* A run of capitals and digits at j, at most max of them, into out. */
static size_t
caps_run(const struct scan *sc, size_t j, size_t max, char *out, size_t *n)
{
	while (*n < max && is_class(sc, j, C_UPPER | C_DIGIT))
		out[(*n)++] = (char)at(sc, j++);
	return j;
}

/* "SW1A 1AA" or "SW1A1AA" (capitals only), checked; the two halves may
 * be split by a line break. */
static size_t
match_postcode(const struct scan *sc, size_t i)
{
	char s[9];
	size_t n = 0;
	if (!is_class(sc, i, C_UPPER))
		return 0;
	size_t j = caps_run(sc, i, 8, s, &n);
	if (n >= 2 && n <= 4 && ends(sc, j)) {
		size_t k = skip_gap(sc, j, GAP_SPACES);
		size_t m = n;
		if (k == j)
			return 0;
		j = caps_run(sc, k, 8, s, &n);
		if (n - m != 3)
			return 0;
	}
	s[n] = '\0';
	return n >= 5 && n <= 7 && ends(sc, j) && lint_postcode_valid(s) ?
	    j : 0;
}

/* A UK landline (01, 02) or mobile (07) number, from 0 or +44, in groups
 * split by spaces, hyphens, a line break or brackets; not one of Ofcom's
 * drama numbers. */
static size_t
match_phone(const struct scan *sc, size_t i)
{
	char d[16];
	size_t n = 0, j = i;
	if (at(sc, j) == '+') {
		if (at(sc, j + 1) != '4' || at(sc, j + 2) != '4')
			return 0;
		d[n++] = '0';
		j = skip_gap(sc, j + 3, GAP_SPACES);
		if (at(sc, j) == '(' && at(sc, j + 1) == '0' &&
		    at(sc, j + 2) == ')')
			j = skip_gap(sc, j + 3, GAP_SPACES);
	} else if (at(sc, j) == '(') {
		j++;
	}
	if (n == 0 && at(sc, j) != '0')
		return 0;
	for (;;) {
		while (is_class(sc, j, C_DIGIT)) {
			if (n >= 12)
				return 0;
			d[n++] = (char)at(sc, j++);
		}
		if (n >= 11)
			break;
		size_t k = at(sc, j) == ')' ? j + 1 : j;
		k = skip_gap(sc, k, GAP_HYPHENS);
		if (k == j || !is_class(sc, k, C_DIGIT))
			break;
		j = k;
	}
	d[n] = '\0';
	if (!ends(sc, j) || n < 10 || n > 11 || d[0] != '0' ||
	    (d[1] != '1' && d[1] != '2' && d[1] != '7') ||
	    (d[1] == '7' && n != 11) || lint_phone_drama(d))
		return 0;
	return j;
}

/* Whether domain (n bytes) is one kept for examples (RFC 2606). */
static int
example_domain(const char *domain, size_t n)
{
	static const char *const kept[] = { "example.com", "example.org",
	    "example.net" };
	static const char *const tlds[] = { ".example", ".invalid", ".test",
	    ".localhost" };
	for (size_t k = 0; k < 3; k++) {
		size_t m = strlen(kept[k]);
		if (n >= m && memcmp(domain + n - m, kept[k], m) == 0 &&
		    (n == m || domain[n - m - 1] == '.'))
			return 1;
	}
	for (size_t k = 0; k < 4; k++) {
		size_t m = strlen(tlds[k]);
		if (n > m && memcmp(domain + n - m, tlds[k], m) == 0)
			return 1;
	}
	return 0;
}

/* The longest local part of an address (RFC 5321). */
#define LINT_MAX_LOCAL 64

/* local@domain.tld, but not at a domain kept for examples. */
static size_t
match_email(const struct scan *sc, size_t i)
{
	size_t j = i;
	while (j - i <= LINT_MAX_LOCAL && is_class(sc, j, C_LOCAL))
		j++;
	if (j == i || j - i > LINT_MAX_LOCAL || at(sc, j) != '@')
		return 0;
	size_t d = ++j, dot = 0;
	while (j - d <= 253 && (is_class(sc, j, C_UPPER | C_LOWER | C_DIGIT) ||
	    at(sc, j) == '-' || (at(sc, j) == '.' &&
	    is_class(sc, j + 1, C_UPPER | C_LOWER | C_DIGIT)))) {
		if (at(sc, j) == '.')
			dot = j;
		j++;
	}
	if (dot == 0 || j - dot < 3 || !ends(sc, j))
		return 0;
	for (size_t k = dot + 1; k < j; k++)
		if (!is_class(sc, k, C_UPPER | C_LOWER))
			return 0;
	return example_domain(sc->s + d, j - d) ? 0 : j;
}

/* The number of 1 to max digits at *j, advancing; -1 when none. */
static int
number(const struct scan *sc, size_t *j, int max)
{
	int v = 0, n = 0;
	while (n < max && is_class(sc, *j, C_DIGIT)) {
		v = v * 10 + at(sc, (*j)++) - '0';
		n++;
	}
	return n == 0 || is_class(sc, *j, C_DIGIT) ? -1 : v;
}

/* The month named at *j ("March", "Mar", "Sept"), advancing, or 0. */
static int
month(const struct scan *sc, size_t *j)
{
	static const char *const names[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	static const size_t lengths[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
	/* The capitals months start with: a word that starts otherwise
	 * costs one look. */
	int c = at(sc, *j);
	switch (c) {
	case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N':
	case 'D':
		break;
	default:
		return 0;
	}
	size_t e = *j;
	while (e - *j < 10 && is_class(sc, e, C_UPPER | C_LOWER))
		e++;
	size_t n = e - *j;
	for (int m = 0; m < 12; m++) {
		size_t full = lengths[m];
		if (c == names[m][0] && (n == full || n == 3 ||
		    (m == 8 && n == 4)) && n <= full &&
		    memcmp(sc->s + *j, names[m], n) == 0) {
			*j = e;
			return m + 1;
		}
	}
	return 0;
}

/* "3rd" and the like: skips the ending after a day's number. */
static size_t
ordinal(const struct scan *sc, size_t j)
{
	static const char *const ends_[] = { "st", "nd", "rd", "th" };
	for (int k = 0; k < 4; k++)
		if (at(sc, j) == ends_[k][0] && at(sc, j + 1) == ends_[k][1])
			return j + 2;
	return j;
}

/* A full date: 12/03/2015 (or with '.' or '-', or a two-digit year),
 * 2015-03-12, 12 March 2015, 12th of March 2015, March 12, 2015. */
static size_t
match_date(const struct scan *sc, size_t i)
{
	size_t j = i;
	int a = number(sc, &j, 4);
	if (a >= 0 && j - i == 4) {
		int m, dd;
		if (at(sc, j) != '-' || (++j, m = number(sc, &j, 2)) < 1 ||
		    m > 12 || at(sc, j) != '-' || (++j, dd = number(sc, &j,
		    2)) < 1 || dd > 31)
			return 0;
		return ends(sc, j) ? j : 0;
	}
	if (a >= 1 && a <= 31 && (at(sc, j) == '/' || at(sc, j) == '.' ||
	    at(sc, j) == '-')) {
		int sep = at(sc, j++);
		size_t y0;
		int m = number(sc, &j, 2);
		if (m < 1 || m > 12 || at(sc, j) != sep)
			return 0;
		y0 = ++j;
		if (number(sc, &j, 4) < 0 || (j - y0 != 2 && j - y0 != 4))
			return 0;
		return ends(sc, j) ? j : 0;
	}
	if (a >= 1 && a <= 31) {
		j = skip_gap(sc, ordinal(sc, j), GAP_SPACES);
		if (at(sc, j) == 'o' && at(sc, j + 1) == 'f')
			j = skip_gap(sc, j + 2, GAP_SPACES);
		size_t y0;
		if (month(sc, &j) == 0)
			return 0;
		y0 = j = skip_gap(sc, j, GAP_SPACES);
		return number(sc, &j, 4) >= 0 && j - y0 == 4 && ends(sc, j) ?
		    j : 0;
	}
	if (a < 0 && month(sc, &j) != 0) {
		j = skip_gap(sc, j, GAP_SPACES);
		int dd = number(sc, &j, 2);
		if (dd < 1 || dd > 31)
			return 0;
		j = ordinal(sc, j);
		if (at(sc, j) == ',')
			j++;
		size_t y0 = j = skip_gap(sc, j, GAP_SPACES);
		return number(sc, &j, 4) >= 0 && j - y0 == 4 && ends(sc, j) ?
		    j : 0;
	}
	return 0;
}

static int
lower_at(const struct scan *sc, size_t j)
{
	int c = at(sc, j);
	return is_upper(c) ? c - 'A' + 'a' : c;
}

/* Whether the end of a sentence is at j: '.', '!' or '?' after a small
 * letter or a digit (not the last dot of "D.O.B."), then a space. */
static int
sentence_end(const struct scan *sc, size_t j)
{
	int c = at(sc, j), next = at(sc, j + 1), before = j > 0 ?
	    at(sc, j - 1) : 0;
	return (c == '.' || c == '!' || c == '?') && (next == ' ' ||
	    next == '\n' || next == '\t') && (is_lower(before) ||
	    is_digit(before));
}

/* Whether a word that says "birth" comes shortly before i, in the same
 * sentence: "born", "birth" (and "birthday"), "DOB", "D.O.B.". */
static int
birth_cue(const struct scan *sc, size_t i)
{
	static const char *const cues[] = { "born", "birth", "dob", "d.o.b" };
	size_t from = i > LINT_CUE_REACH ? i - LINT_CUE_REACH : 0;
	for (size_t j = i; j > from; j--) {
		if ((at(sc, j - 1) == '\n' && j >= 2 && at(sc, j - 2) == '\n') ||
		    sentence_end(sc, j - 1))
			return 0;
		size_t k = j - 1;
		if (letter_before(sc, k))
			continue;
		for (size_t c = 0; c < 4; c++) {
			size_t n = strlen(cues[c]), m;
			for (m = 0; m < n && lower_at(sc, k + m) == cues[c][m];
			    m++)
				;
			if (m == n && (c == 1 || letter_len(sc, k + n) == 0))
				return 1;
		}
	}
	return 0;
}

static size_t
match_dob(const struct scan *sc, size_t i)
{
	size_t j = match_date(sc, i);
	return j > 0 && birth_cue(sc, i) ? j : 0;
}

/* The end of the word at j: letters, and ', U+2019 or '-' between
 * letters. */
static size_t
word_end(const struct scan *sc, size_t j)
{
	size_t e = j, n;
	while (e - j < LINT_MAX_WORD) {
		if ((n = letter_len(sc, e)) > 0)
			e += n;
		else if ((at(sc, e) == '\'' || at(sc, e) == '-') &&
		    letter_len(sc, e + 1) > 0)
			e++;
		else if (at(sc, e) == 0xE2 && at(sc, e + 1) == 0x80 &&
		    at(sc, e + 2) == 0x99 && letter_len(sc, e + 3) > 0)
			e += 3;
		else
			break;
	}
	return e;
}

/* Capitalised words that follow a given name without being a surname:
 * the names of places and services ("Grace Academy", "Ruby Street"),
 * days and months. */
static int
not_surname(const char *w, size_t n)
{
	static const char *const words[] = { "Academy", "Avenue", "Board",
	    "Centre", "Center", "Children", "Church", "Clinic", "College",
	    "Council", "Court", "Crescent", "Drive", "Estate", "Foundation",
	    "Friday", "Gardens", "Health", "Hospital", "House", "Infants",
	    "Junior", "Monday", "Nursery", "Partnership", "Police", "Practice",
	    "Primary", "Road", "Saturday", "School", "Service", "Services",
	    "Social", "Square", "Station", "Street", "Sunday", "Surgery",
	    "Team", "Thursday", "Trust", "Tuesday", "Unit", "Wednesday" };
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (strlen(words[k]) == n && strncmp(w, words[k], n) == 0)
			return 1;
	size_t j = 0;
	struct scan one = { w, n, LINT_JOIN_ANY };
	return month(&one, &j) != 0 && j == n;
}

/* A capital, then at least one small letter: "Dunn", "McDonald",
 * "O'Brien", "Llŷr"; not "DSL". */
static int
surname_like(const char *w, size_t n)
{
	if (n < 2 || !is_upper((unsigned char)w[0]))
		return 0;
	for (size_t k = 1; k < n; k++)
		if (is_lower((unsigned char)w[k]) || (unsigned char)w[k] >= 0x80)
			return !not_surname(w, n);
	return 0;
}

/* The length of a possessive ending of the word s[j, e): 's or ’s. */
static size_t
possessive(const struct scan *sc, size_t j, size_t e)
{
	if (e - j > 2 && at(sc, e - 2) == '\'' && at(sc, e - 1) == 's')
		return 2;
	if (e - j > 4 && at(sc, e - 4) == 0xE2 && at(sc, e - 3) == 0x80 &&
	    at(sc, e - 2) == 0x99 && at(sc, e - 1) == 's')
		return 4;
	return 0;
}

/* A known given name followed by one to three surname-like words
 * ("Lacey Dunn", "Lacey Jane Dunn's" up to the apostrophe), in a
 * paragraph, maybe with emphasis marks between. */
static size_t
match_name(const struct scan *sc, size_t i)
{
	if (!is_upper(at(sc, i)))
		return 0;
	size_t e = word_end(sc, i);
	/* A surname starts with a capital: most capitalised words are not
	 * followed by one, and that is cheaper to see than the name. */
	size_t first = skip_gap(sc, e, GAP_EMPHASIS);
	if (first == e || !is_upper(at(sc, first)) ||
	    !lint_given_name(sc->s + i, e - i))
		return 0;
	size_t last = 0, j = e;
	for (int words = 0; words < 3; words++) {
		size_t k = skip_gap(sc, j, GAP_EMPHASIS);
		if (k == j)
			break;
		size_t w = word_end(sc, k);
		size_t own = possessive(sc, k, w);
		if (!surname_like(sc->s + k, w - k - own))
			break;
		last = w - own;
		j = w;
		if (own > 0)
			break;
	}
	return last;
}

/*
 * Which of tries (the matchers the byte at i can start) the next two
 * bytes still allow, by what each matcher needs there: after a capital,
 * a digit for a pupil number, a capital or a digit for a postcode, a
 * small letter for a month or a given name (lint_names.c's are all so
 * written); an NI number's two letters in one case, then a digit or the
 * gap before one. Most words are ruled out here, for two lookups.
 */
static unsigned
still_possible(const struct scan *sc, size_t i, unsigned tries)
{
	int here = byte_class[(unsigned char)sc->s[i]];
	int next = i + 1 < sc->len ? byte_class[(unsigned char)sc->s[i + 1]] :
	    0;
	if (here & C_UPPER) {
		if (!(next & C_DIGIT))
			tries &= ~(unsigned)M_UPN;
		if (!(next & (C_UPPER | C_DIGIT)))
			tries &= ~(unsigned)M_POSTCODE;
		if (!(next & C_LOWER))
			tries &= ~(unsigned)(M_DOB | M_NAME);
	}
	if (tries & M_NI) {
		/* skip_gap stops on the first byte that is not a gap byte
		 * or a line break, and the number needs a digit there. */
		if (!(next & here & (C_UPPER | C_LOWER)) ||
		    !(is_class(sc, i + 2, C_DIGIT) || (is_class(sc, i + 2,
		    C_GAP) && is_class(sc, i + 3, C_GAP | C_DIGIT))))
			tries &= ~(unsigned)M_NI;
	}
	return tries;
}

/* Whether a word or number goes on just before i, so that nothing
 * starts at i: a digit, a letter (ASCII or accented), '+' or '@'. */
static int
goes_on(const struct scan *sc, size_t i)
{
	if (i == 0)
		return 0;
	int before = byte_class[(unsigned char)sc->s[i - 1]];
	return (before & C_ON) || ((before & C_CONT) && i >= 2 &&
	    (byte_class[(unsigned char)sc->s[i - 2]] & C_LEAD));
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * Sixty-four bytes at a time, with no branch on the text: which of the
 * positions from p on may start something, a bit each (the first
 * position the lowest). A superset of where lint_scan's own tests
 * (first_byte, goes_on, the '@' and still_possible) let a matcher run,
 * so that a word none can match costs no branch of its own: most words
 * are small letters, which only an address or an NI number ("ab 12")
 * can start. Each class is found once per byte, as a bit mask, and what
 * a position needs of the bytes around it is the masks shifted. Reads
 * p[-1] to p[LINT_BLOCK + 2]. Where there is no SSE2, every position is
 * left to those tests.
 */
#define LINT_BLOCK 64

/* Each byte of x in [lo, hi] (ASCII): moved so that lo is -128 as
 * signed, it is below -128 + the range's width just when in it. */
static __m128i
in_range(__m128i x, int lo, int hi)
{
	__m128i y = _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - lo)));
	return _mm_cmplt_epi8(y, _mm_set1_epi8((char)(-128 + hi - lo + 1)));
}

static __m128i
equal(__m128i x, int c)
{
	return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c));
}

/* A block's bytes of each class, a bit each. */
struct block {
	uint64_t up, low, digit;
	uint64_t on;		/* C_ON */
	uint64_t always;	/* a digit, '+' or '(': starts a try whatever
				 * follows */
	uint64_t gap;		/* C_GAP, and more (classify) */
};

static uint64_t
bits_of(__m128i m, int shift)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(m) << shift;
}

static void
classify(const unsigned char *p, struct block *b)
{
	memset(b, 0, sizeof *b);
	for (int k = 0; k < LINT_BLOCK; k += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + k));
		__m128i up = in_range(x, 'A', 'Z'), low = in_range(x, 'a',
		    'z'), digit = in_range(x, '0', '9'), plus = equal(x, '+');
		b->up |= bits_of(up, k);
		b->low |= bits_of(low, k);
		b->digit |= bits_of(digit, k);
		b->on |= bits_of(_mm_or_si128(_mm_or_si128(up, low),
		    _mm_or_si128(_mm_or_si128(digit, plus), equal(x, '@'))), k);
		b->always |= bits_of(_mm_or_si128(_mm_or_si128(digit, plus),
		    equal(x, '(')), k);
		/* Every byte below '!' (and from 0x80, negative as signed):
		 * more than a gap may hold, which only lets more through. */
		b->gap |= bits_of(_mm_cmplt_epi8(x, _mm_set1_epi8('!')), k);
	}
}

/* m, a block's mask, as seen n (1 to 3) bytes on: each position's bit
 * says whether the byte n after it is of the class bits, those past the
 * block taken from the classes of the bytes after it, cls. */
static uint64_t
ahead(uint64_t m, int n, const int *cls, int bits)
{
	for (int k = 0; k < n; k++)
		m = m >> 1 | (uint64_t)((cls[k] & bits) != 0) << 63;
	return m;
}

/* The mask of the block at p, whose classes go into *bp. */
static uint64_t
block_starts(const unsigned char *p, int email, struct block *bp)
{
	struct block b;
	classify(p, &b);
	*bp = b;
	uint64_t starts = ~(b.on << 1 | ((byte_class[p[-1]] & C_ON) != 0)) &
	    (b.up | b.low | b.always);
	if (email)
		return starts;
	/* A capital needs a letter or digit next; a small letter a small
	 * one, then a digit, or a gap byte and then a digit or another gap
	 * byte (still_possible). */
	const int cls[3] = { byte_class[p[LINT_BLOCK]],
	    byte_class[p[LINT_BLOCK + 1]], byte_class[p[LINT_BLOCK + 2]] };
	uint64_t next = ahead(b.up | b.low | b.digit, 1, cls,
	    C_UPPER | C_LOWER | C_DIGIT);
	uint64_t next_low = ahead(b.low, 1, cls, C_LOWER);
	uint64_t digit2 = ahead(b.digit, 2, cls, C_DIGIT);
	uint64_t gap2 = ahead(b.gap, 2, cls, C_GAP);
	uint64_t then3 = ahead(b.gap | b.digit, 3, cls, C_GAP | C_DIGIT);
	return starts & (b.always | (b.up & next) |
	    (b.low & next_low & (digit2 | (gap2 & then3))));
}

/*
 * Whether a name or a month may start at the block's position r, by its
 * masks alone: both are ASCII letters (lint_names.c's names are a capital
 * and small letters), and after the word comes only a gap before the
 * surname's capital or the day's digit, so the first letter or digit
 * after the word's letters must be one of those. Says yes whenever the
 * block ends first, and for anything but a capital.
 */
static int
may_name_or_month(const struct block *b, size_t r)
{
	if (!((b->up >> r) & 1))
		return 1;
	/* Letters to the block's end leave no bit: ctz of 0 is undefined. */
	uint64_t after = ~((b->up | b->low) >> r);
	if (after == 0)
		return 1;
	size_t end = r + (size_t)__builtin_ctzll(after);
	if (end >= LINT_BLOCK)
		return 1;
	uint64_t alnum = (b->up | b->low | b->digit) >> end;
	if (alnum == 0)
		return 1;
	size_t next = end + (size_t)__builtin_ctzll(alnum);
	return (int)(((b->up | b->digit) >> next) & 1);
}

/* The block the scan is in: [base, end), its mask and its classes. */
struct blocks {
	size_t base, end;
	uint64_t mask;
	struct block classes;
};

/*
 * The first position from i on that the blocks' masks let through, in
 * the block bl holds (a block's mask holds until the scan leaves it,
 * wherever a finding or a word ends) or in the next ones made as the
 * scan gets there; or where blocks stop (the text's first byte, and the
 * last few, with too few after them for a block), which the byte tests
 * take from there. *next_at is lint_scan's next '@'.
 */
static size_t
next_start(struct blocks *bl, const char *text, size_t len, size_t i,
    const char **next_at)
{
	while (i > 0 && i < len && (i < bl->end ||
	    len - i >= LINT_BLOCK + 3)) {
		if (i >= bl->end) {
			if (*next_at != NULL && *next_at < text + i)
				*next_at = memchr(text + i, '@', len - i);
			bl->base = i;
			bl->end = i + LINT_BLOCK;
			bl->mask = block_starts((const unsigned char *)text + i,
			    *next_at != NULL && (size_t)(*next_at - text) - i <=
			    LINT_MAX_LOCAL + LINT_BLOCK - 1, &bl->classes);
		}
		uint64_t left = bl->mask & (~(uint64_t)0 << (i - bl->base));
		if (left != 0)
			return bl->base + (size_t)__builtin_ctzll(left);
		i = bl->end;
	}
	return i;
}
#endif

void
lint_scan(const char *text, size_t len, enum lint_join join,
    void (*found)(void *ctx, const struct lint_hit *hit), void *ctx)
{
	/* Tried in this order at the start of each word: an address before
	 * the name in it, numbers with a check before those without. */
	static size_t (*const matchers[])(const struct scan *, size_t) = {
		match_email, match_upn, match_ni, match_nhs, match_phone,
		match_dob, match_postcode, match_name };
	static const enum lint_kind found_kind[] = { LINT_EMAIL, LINT_UPN,
	    LINT_NI, LINT_NHS, LINT_PHONE, LINT_DOB, LINT_POSTCODE,
	    LINT_NAME };
	struct scan sc = { text, len, join };
	/* An address needs an '@' after at most LINT_MAX_LOCAL bytes, so
	 * the next '@' (kept as the scan passes) rules most words out. */
	const char *next_at = len > 0 ? memchr(text, '@', len) : NULL;
	size_t i = 0;
#ifdef LINT_BLOCK
	struct blocks bl = { 0, 0, 0, { 0 } };
#endif
	while (i < len) {
#ifdef LINT_BLOCK
		if ((i = next_start(&bl, text, len, i, &next_at)) >= len)
			break;
#endif
		unsigned tries = first_byte[(unsigned char)text[i]];
		if (tries == 0 || goes_on(&sc, i)) {
			i++;
			continue;
		}
		if (next_at != NULL && next_at < text + i)
			next_at = memchr(text + i, '@', len - i);
		if (next_at == NULL ||
		    (size_t)(next_at - text) - i > LINT_MAX_LOCAL)
			tries &= ~(unsigned)M_EMAIL;
		tries = still_possible(&sc, i, tries);
#ifdef LINT_BLOCK
		if ((tries & (M_DOB | M_NAME)) && i >= bl.base &&
		    i < bl.end && !may_name_or_month(&bl.classes, i - bl.base))
			tries &= ~(unsigned)(M_DOB | M_NAME);
#endif
		size_t end = 0, m;
		for (m = 0; (tries >> m) != 0; m++)
			if (((tries >> m) & 1) &&
			    (end = matchers[m](&sc, i)) > i)
				break;
		if (end > i) {
			struct lint_hit hit = { found_kind[m], i, end };
			found(ctx, &hit);
			i = end;
			continue;
		}
		/* Nothing starts again until the word or number ends, nor
		 * on the byte that ends it. */
		while (i < len && (byte_class[(unsigned char)text[i]] & C_ON))
			i++;
		i++;
	}
}
