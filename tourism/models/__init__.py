from tourism.models.bookings import Booking, BookingRequest
from tourism.models.choices import BookingErrorCode, BookingKind, BookingStatus
from tourism.models.experiences import ExperiencePage
from tourism.models.homestays import HomestayPage
from tourism.models.packages import (
    PackageDay,
    PackageDeparture,
    PackageIndexPage,
    PackagePage,
    PackageProduct,
    TourOperator,
)
from tourism.models.places import ExperienceSession, HomestayRoom
from tourism.models.villages import CraftVillagePage, VillageImage, VillageIndexPage

__all__ = [
    "Booking",
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
    "TourOperator",
    "VillageImage",
    "VillageIndexPage",
]
