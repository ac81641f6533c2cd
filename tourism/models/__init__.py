from tourism.models.bookings import Booking, BookingRequest
from tourism.models.choices import BookingErrorCode, BookingKind, BookingStatus
from tourism.models.experiences import ExperiencePage, ExperienceSession
from tourism.models.homestays import HomestayPage, HomestayRoom
from tourism.models.packages import PackageDay, PackageDeparture, PackageIndexPage, PackagePage, PackageProduct, TourOperator
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
