"""Nested try blocks: inner finally runs before the outer handler; handlers can raise new errors."""


def nested(x):
    log = []
    try:
        try:
            log.append("inner")
            if x == 0:
                raise KeyError("zero")
            if x < 0:
                raise ValueError("negative")
        except KeyError as e:
            log.append("inner caught " + str(e))
            raise IndexError("converted")
        finally:
            log.append("inner finally")
    except (ValueError, IndexError) as e:
        log.append("outer caught " + type(e).__name__ + ": " + str(e))
    return log


ENTRY = "nested"
SAMPLES = [(1,), (0,), (-1,)]
CHECKS = []
