/* Colours: names, the approximations from RGB down to 8 colours, contrast. */
#include "crossread/color.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const cr_color_names[17] = {
	"black",	"red",
	"green",	"yellow",
	"blue",		"magenta",
	"cyan",		"white",
	"bright-black", "bright-red",
	"bright-green", "bright-yellow",
	"bright-blue",	"bright-magenta",
	"bright-cyan",	"bright-white",
	NULL,
};

/* The six levels of each channel in xterm's 6x6x6 cube (indexes 16-231). */
static const guint8 cube_levels[6] = { 0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff };

/* xterm's default values for the 16 colours. */
static const guint32 ansi_rgb[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
	0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

#define RED(c)	 ((int)(((c) >> 16) & 0xff))
#define GREEN(c) ((int)(((c) >> 8) & 0xff))
#define BLUE(c)	 ((int)((c)&0xff))

gboolean cr_color_parse(const char *text, CrColor *out)
{
	*out = (CrColor){ .kind = CR_COLOR_UNSET, .c256 = CR_COLOR_AUTO, .c16 = CR_COLOR_AUTO };
	if (g_ascii_strcasecmp(text, "default") == 0) {
		out->kind = CR_COLOR_DEFAULT;
		return TRUE;
	}
	for (guint i = 0; i < 16; i++)
		if (g_ascii_strcasecmp(text, cr_color_names[i]) == 0) {
			out->kind = CR_COLOR_INDEX;
			out->index = (guint8)i;
			return TRUE;
		}
	if (g_ascii_strncasecmp(text, "color", 5) == 0 && g_ascii_isdigit(text[5])) {
		guint64 n;
		if (!g_ascii_string_to_unsigned(text + 5, 10, 0, 255, &n, NULL))
			return FALSE;
		out->kind = CR_COLOR_INDEX;
		out->index = (guint8)n;
		return TRUE;
	}
	if (text[0] == '#' && strlen(text) == 7) {
		guint32 rgb = 0;
		for (int i = 1; i < 7; i++) {
			int digit = g_ascii_xdigit_value(text[i]);
			if (digit < 0)
				return FALSE;
			rgb = rgb << 4 | (guint32)digit;
		}
		out->kind = CR_COLOR_RGB;
		out->rgb = rgb;
		return TRUE;
	}
	return FALSE;
}

static int distance2(guint32 a, guint32 b)
{
	int dr = RED(a) - RED(b), dg = GREEN(a) - GREEN(b), db = BLUE(a) - BLUE(b);
	return dr * dr + dg * dg + db * db;
}

/* The cube level nearest to channel value V. */
static int nearest_level(int v)
{
	int best = 0;
	for (int i = 1; i < 6; i++)
		if (abs(v - cube_levels[i]) < abs(v - cube_levels[best]))
			best = i;
	return best;
}

int cr_color_256_from_rgb(guint32 rgb)
{
	int r = nearest_level(RED(rgb)), g = nearest_level(GREEN(rgb)), b = nearest_level(BLUE(rgb));
	int cube = 16 + 36 * r + 6 * g + b;
	guint32 cube_rgb = cr_color_rgb_of_index(cube);
	if (cube_rgb == rgb)
		return cube;
	/* the grey ramp: 24 steps of 10 from 8 */
	int average = (RED(rgb) + GREEN(rgb) + BLUE(rgb)) / 3;
	int step = CLAMP((average - 3) / 10, 0, 23);
	int grey = 232 + step;
	return distance2(cr_color_rgb_of_index(grey), rgb) < distance2(cube_rgb, rgb) ? grey : cube;
}

guint32 cr_color_rgb_of_index(int index)
{
	if (index < 16)
		return ansi_rgb[CLAMP(index, 0, 15)];
	if (index < 232) {
		int i = index - 16;
		return (guint32)cube_levels[i / 36] << 16 | (guint32)cube_levels[i / 6 % 6] << 8 |
		       cube_levels[i % 6];
	}
	guint32 v = (guint32)(8 + 10 * (index - 232));
	return v << 16 | v << 8 | v;
}

int cr_color_16_from_256(int index)
{
	if (index < 16)
		return index;
	guint32 rgb = cr_color_rgb_of_index(index);
	int r = RED(rgb), g = GREEN(rgb), b = BLUE(rgb);
	int max = MAX(r, MAX(g, b)), min = MIN(r, MIN(g, b)), chroma = max - min;

	/* greys, and colours too pale to have a hue worth keeping */
	if (chroma * 10 <= max * 3) {
		int light = (r + g + b) / 3;
		return light < 0x40 ? 0 : light < 0x9a ? 8 : light < 0xd0 ? 7 : 15;
	}
	/* the hue in degrees, and the ANSI colour whose range holds it: the
	 * ranges follow what the eye calls each (#005faf is blue, #ff8700
	 * still red) rather than equal sixths */
	double hue = 60 * (r == max   ? fmod((double)(g - b) / chroma + 6, 6)
			   : g == max ? (double)(b - r) / chroma + 2
				      : (double)(r - g) / chroma + 4);
	static const struct {
		double below;
		int ansi;
	} ranges[] = { { 40, 1 }, { 75, 3 }, { 160, 2 }, { 195, 6 }, { 270, 4 }, { 330, 5 }, { 360, 1 } };
	guint i = 0;
	while (hue >= ranges[i].below && i + 1 < G_N_ELEMENTS(ranges))
		i++;
	int base = ranges[i].ansi;
	return max >= 0xd7 ? base + 8 : base;
}

int cr_color_drawn(const CrColor *color, CrDepth depth, gboolean *bright)
{
	*bright = FALSE;
	if (color->kind == CR_COLOR_UNSET || color->kind == CR_COLOR_DEFAULT || depth == CR_DEPTH_MONO)
		return CR_DRAWN_DEFAULT;
	if (depth == CR_DEPTH_DIRECT) {
		if (color->kind == CR_COLOR_RGB)
			return CR_DRAWN_RGB | (int)color->rgb;
		return color->index < 8 ? color->index
					: CR_DRAWN_RGB | (int)cr_color_rgb_of_index(color->index);
	}
	int c256 = color->kind == CR_COLOR_INDEX  ? color->index
		   : color->c256 == CR_COLOR_AUTO ? cr_color_256_from_rgb(color->rgb)
						  : color->c256;
	if (depth == CR_DEPTH_256)
		return c256 == CR_COLOR_NONE ? CR_DRAWN_NONE : c256;
	int c16 = color->kind == CR_COLOR_INDEX || color->c16 == CR_COLOR_AUTO
		      ? cr_color_16_from_256(c256 >= 0 ? c256 : cr_color_256_from_rgb(color->rgb))
		      : color->c16;
	if (c16 == CR_COLOR_NONE)
		return CR_DRAWN_NONE;
	if (depth == CR_DEPTH_16)
		return c16;
	*bright = c16 >= 8;
	return c16 & 7;
}

guint32 cr_color_rgb_of_drawn(int drawn, guint32 default_rgb)
{
	if (CR_DRAWN_IS_RGB(drawn))
		return (guint32)(drawn & 0xffffff);
	return drawn >= 0 ? cr_color_rgb_of_index(drawn) : default_rgb;
}

/* WCAG relative luminance. */
static double luminance(guint32 rgb)
{
	const int channels[3] = { RED(rgb), GREEN(rgb), BLUE(rgb) };
	const double weights[3] = { 0.2126, 0.7152, 0.0722 };
	double l = 0;
	for (int i = 0; i < 3; i++) {
		double c = channels[i] / 255.0;
		l += weights[i] * (c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4));
	}
	return l;
}

double cr_color_contrast(guint32 a, guint32 b)
{
	double la = luminance(a), lb = luminance(b);
	return (MAX(la, lb) + 0.05) / (MIN(la, lb) + 0.05);
}
