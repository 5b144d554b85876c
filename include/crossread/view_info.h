/* The reports (i): each one's full identification, file, outlet, title,
 * publication date, size and facts, the focused one first marked. */
#pragma once

#include "crossread/view_overlay.h"

extern const CrOverlayOps cr_overlay_info;
