/*
 * Inside a widget (xsl/widget.xsl): tells the page that frames it how
 * tall the widget is, so that htdocs/js/widget.js can fit the frame.
 * The widget works without it.  The height is that of the content: the
 * root element's box (widget.css gives html and body no margin), which,
 * unlike scrollHeight, can also shrink below the frame's height.
 */
(function () {
	"use strict";
	var last = -1;

	function post() {
		var h = Math.ceil(document.documentElement.getBoundingClientRect().height);

		if (h !== last && window.parent !== window) {
			last = h;
			window.parent.postMessage({ echosciencesWidgetHeight: h }, "*");
		}
	}
	window.addEventListener("load", post);
	window.addEventListener("resize", post);
	if (window.ResizeObserver)
		new ResizeObserver(post).observe(document.documentElement);
	post();
}());
