/* A caption that names the picture it describes ("... is pictured after
 * landing at ...", "Illustration of a spacecraft ...", "... walking
 * towards the camera.") or closes with its agency ("... test. AFP"), set
 * between a page's headline and its story, where a standfirst, a caption
 * and a picture's alternative text read alike: furniture. */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a caption that names its picture. */
#define PICTURED_BYTES (2 * LONG_CHARS)

/* TRUE when data[start,end) speaks of its own picture: opens with what
 * the picture is or shows ("Illustration of ...", "Photo shows ..."; not
 * "Images of burned cars were shared ...", a story's sentence) or holds a
 * phrase captions use of the picture they stand under (general
 * knowledge of how captions are written; "(pictured)" is not one, as
 * tabloids set it in their stories' sentences). */
static gboolean names_its_picture(const char *data, gsize start, gsize end)
{
	static const char *const phrases[] = {
		" is pictured ",      " are pictured ",	    "(illustrated)",	 " towards the camera",
		" toward the camera", " poses for a photo", " pose for a photo", " in this photo",
		" in this picture",   " in this image",	    " in this handout"
	};
	gsize p = start;
	if (clean_word_at(data, p, end, "an"))
		p += 3;
	if (clean_word_at(data, p, end, "illustration") && clean_word_at(data, p + 13, end, "of"))
		return TRUE;
	gsize q = clean_picture_word_end(data, p, end);
	if (q > p && q < end && data[q] == ' ' && clean_word_at(data, q + 1, end, "shows"))
		return TRUE;
	for (guint k = 0; k < G_N_ELEMENTS(phrases); k++)
		if (memmem(data + start, end - start, phrases[k], strlen(phrases[k])))
			return TRUE;
	return FALSE;
}

/* TRUE when data[start,end) ends with an agency's name in capitals after
 * its last full stop ("... for failed doping test. AFP"); above the story
 * a wire's sign-off has no paragraph to sign. */
static gboolean ends_with_agency(const char *data, gsize start, gsize end)
{
	gsize p = end;
	while (p > start && data[p - 1] != ' ')
		p--;
	return p >= start + 2 && data[p - 2] == '.' && g_ascii_isupper(data[p]) &&
	       g_ascii_isupper(data[end - 1]) && clean_is_agency(data, p, end);
}

void clean_judge_pictured(const char *data, const GArray *blocks, Info *info, guint n)
{
	g_autoptr(GArray) captions = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].cls == CLASS_BAD)
			continue;
		if (!info[i].reported && info[i].chars < PICTURED_BYTES &&
		    (names_its_picture(data, block->start, block->end) ||
		     ends_with_agency(data, block->start,
				      clean_trimmed_end(data, block->start, block->end)))) {
			g_array_append_val(captions, i);
			continue;
		}
		/* the story has begun: a paragraph of text under the captions
		 * (a photo's page whose caption is all its text keeps it) */
		if (info[i].first == CLASS_GOOD && info[i].chars >= LONG_CHARS) {
			for (guint k = 0; k < captions->len; k++)
				info[g_array_index(captions, guint, k)].cls = CLASS_BAD;
			return;
		}
	}
}
