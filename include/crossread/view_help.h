/* The key help (?): every binding of the keymap, scrolled with j k Space b. */
#pragma once

#include "crossread/view_overlay.h"

extern const CrOverlayOps cr_overlay_help;
