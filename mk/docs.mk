# Reference docs: the headless-browser checks of reference.html need Debian's chromium and the
# pinned playwright-core (both from mk/node.mk).
TEST_DEPS += browser
