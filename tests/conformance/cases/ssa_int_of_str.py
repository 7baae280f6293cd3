"""`x = int(x)`: a str parameter rebound to the int it spells, then to a formatted str."""


def double(x):
    x = x.strip()
    x = int(x)
    x = x * 2
    x = str(x).zfill(6)
    return x


ENTRY = "double"
SAMPLES = [(" 21 ",), ("-7",)]
CHECKS = [("0",), ("abc",), ("",), ("12345678",), (" +3\n",)]
