/* The full-screen reader. */
#include "crossread/ui.h"

gboolean cr_ui_run(CrEngine *engine, GError **error)
{
	g_set_error(error, CR_ERROR, CR_ERROR_USAGE, "the full-screen reader is not available yet; use --dump");
	return FALSE;
}
