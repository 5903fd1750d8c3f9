import pytest

from factcheck.extraction import extract_claims


@pytest.fixture(scope="session")
def claims_of():
    """The claims of a text, as {claim text: frame}; fails if two claims share a text."""

    def run(text: str) -> dict:
        frames = extract_claims(text)
        by_text = {frame.text: frame for frame in frames}
        assert len(by_text) == len(frames), [frame.text for frame in frames]
        return by_text

    return run
