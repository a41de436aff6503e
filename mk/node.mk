# Node tools (pinned in tools/node/package-lock.json), installed into .cache/node, and Debian's
# chromium for the headless-browser checks (installed through apt where it is missing and we are root).

NODE_DIR      := .cache/node
NODE_STAMP    := $(NODE_DIR)/.installed
CHROMIUM      ?= /usr/bin/chromium
BROWSER_STAMP := .cache/browser.installed

$(NODE_STAMP): tools/node/package.json tools/node/package-lock.json
	@mkdir -p $(NODE_DIR)
	cp tools/node/package.json tools/node/package-lock.json $(NODE_DIR)/
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

$(BROWSER_STAMP):
	@mkdir -p .cache
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium through apt"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "warning: $(CHROMIUM) is missing and apt is not available as root: browser checks will fail"; fi
	@touch $@

.PHONY: node-tools browser
node-tools: $(NODE_STAMP) ## install the pinned node tools into .cache/node
browser: $(BROWSER_STAMP) $(NODE_STAMP) ## install Debian's chromium (apt) and playwright-core
