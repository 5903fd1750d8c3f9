// Keyboard shortcuts for reviewers (see docs/REVIEWING.md).
