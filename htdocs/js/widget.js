/*
 * Échosciences widgets, on a partner's page: fits each widget's iframe
 * to the height its content asks for (see widget-frame.js).  Optional:
 * without it a widget keeps the height written in its <iframe>.  One
 * copy per page is enough, however many widgets there are.  No
 * dependency, nothing sent anywhere.
 */
(function () {
	"use strict";

	window.addEventListener("message", function (e) {
		var d = e.data, frames, f, h, i;

		if (!d || typeof d.echosciencesWidgetHeight !== "number")
			return;
		h = Math.round(d.echosciencesWidgetHeight);
		if (!(h > 0))
			return;
		frames = document.querySelectorAll("iframe[src*='/widget/']");
		for (i = 0; i < frames.length; i++) {
			f = frames[i];
			/* Only the widget's own frame, from the site it was loaded from. */
			if (f.contentWindow === e.source &&
			    f.src.indexOf(e.origin + "/") === 0) {
				f.style.height = Math.min(h, 5000) + "px";
				return;
			}
		}
	});
}());
