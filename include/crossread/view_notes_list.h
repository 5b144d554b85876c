/* The notes list (M): every note in reading order with the reports and
 * lines it cites and its text; Enter goes to the one selected, e edits it,
 * d deletes it (asking first), / filters the list, q closes it. */
#pragma once

#include "crossread/view_overlay.h"

extern const CrOverlayOps cr_overlay_notes;
