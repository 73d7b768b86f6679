// Package browsertest holds the end-to-end test of the HTML report in a real
// headless Chromium (driven by chromedp). It has no code of its own; the
// test skips when no Chromium is installed.
package browsertest
