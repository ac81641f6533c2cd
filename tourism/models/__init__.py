from tourism.models.bookings import Booking, BookingChange, BookingRequest, PlaceHost
from tourism.models.choices import BookingChangeKind, BookingErrorCode, BookingKind, BookingStatus
from tourism.models.experiences import ExperiencePage
from tourism.models.homestays import HomestayPage
from tourism.models.packages import (
    PackageDay,
    PackageDeparture,
    PackageIndexPage,
    PackagePage,
    PackageProduct,
    SessionAllotment,
    TourOperator,
)
from tourism.models.places import ExperienceSession, HomestayRoom
from tourism.models.tours import TourIndexPage
from tourism.models.villages import CraftVillagePage, VillageImage, VillageIndexPage

__all__ = [
    "Booking",
    "BookingChange",
    "BookingChangeKind",
    "BookingRequest",
    "BookingErrorCode",
    "BookingKind",
    "BookingStatus",
    "CraftVillagePage",
    "ExperiencePage",
    "ExperienceSession",
    "HomestayPage",
    "HomestayRoom",
    "PackageDay",
    "PackageDeparture",
    "PackageIndexPage",
    "PackagePage",
    "PackageProduct",
    "PlaceHost",
    "SessionAllotment",
    "TourIndexPage",
    "TourOperator",
    "VillageImage",
    "VillageIndexPage",
]
