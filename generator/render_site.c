/* render_site.c: which pages a project makes; where each one goes is the
 * site map's (sitemap.c). */
#include "render.h"

void
render_site(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	static const struct render_config none;
	struct render_config site_cfg = cfg != NULL ? *cfg : none;
	site_cfg.organisation = p->settings.organisation;
	cfg = &site_cfg;
	/* Every page starts from the layout with the settings in it; the
	 * theme's assets stay the theme's. */
	struct theme site_theme = *t;
	site_theme.layout = render_settings_layout(t->layout, &p->settings);
	t = &site_theme;
	render_index(p, t, out);
	render_coverage(p, t, out);
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		switch (it->kind) {
		case ITEM_PACK:
			render_pack(it, t, out);
			render_quiz(it, t, cfg, out);
			break;
		case ITEM_SCENARIO:
			render_scenario(p, it, t, cfg, out);
			break;
		case ITEM_GUIDANCE:
		case ITEM_BRIEFING:
			render_document(p, it, t, out);
			break;
		default:
			break;
		}
		if (cfg->progress != NULL)
			diag_progress(cfg->progress, i + 1, p->count,
			    "items rendered");
	}
	if (cfg->progress != NULL)
		diag_progress_done(cfg->progress);
	render_settings_assets(&p->settings, out);
	xmlFreeDoc(site_theme.layout);
}
