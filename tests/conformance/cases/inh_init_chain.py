"""Three levels of __init__ chained by super() with default arguments; each level adds fields."""


class Widget:
    def __init__(self, name, visible=True):
        self.name = name
        self.visible = visible

    def render(self):
        return self.name if self.visible else ""


class Label(Widget):
    def __init__(self, name, text, visible=True):
        super().__init__(name, visible)
        self.text = text

    def render(self):
        base = super().render()
        return f"{base}[{self.text}]" if base else ""


class Button(Label):
    def __init__(self, name, text, action="noop"):
        super().__init__(name, text)
        self.action = action

    def render(self):
        return super().render() + f"->{self.action}"


def ui(n):
    widgets = [Widget("w"), Widget("hidden", False), Label("l", "hello"), Button("b", "ok"),
               Button("go", "run", action=f"step{n}")]
    return [w.render() for w in widgets]


ENTRY = "ui"
SAMPLES = [(1,), (42,)]
CHECKS = [(-1,)]
