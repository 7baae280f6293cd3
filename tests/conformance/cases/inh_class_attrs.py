"""Class attributes: constants read through the class or an instance, inherited and overridden."""


class Vehicle:
    wheels = 4
    label = "vehicle"
    max_speed = 100.0

    def __init__(self, plate):
        self.plate = plate

    def describe(self):
        return f"{self.label} {self.plate}: {self.wheels} wheels, {self.max_speed} km/h"


class Bike(Vehicle):
    wheels = 2
    label = "bike"


class Truck(Vehicle):
    label = "truck"
    max_speed = 80.0


def fleet(plates):
    vs = []
    for i, p in enumerate(plates):
        if i % 3 == 0:
            vs.append(Vehicle(p))
        elif i % 3 == 1:
            vs.append(Bike(p))
        else:
            vs.append(Truck(p))
    return [v.describe() for v in vs], sum(v.wheels for v in vs), Bike.max_speed, Truck.wheels, Vehicle.label


ENTRY = "fleet"
SAMPLES = [(["a1", "b2", "c3", "d4"],)]
CHECKS = [([],)]
