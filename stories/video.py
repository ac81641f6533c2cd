"""Video links editors may embed: YouTube and Vimeo only, turned into their player URLs.

The player address is derived from the link itself, so rendering a story never calls a
provider's oEmbed endpoint (which readers in China cannot reach, and tests must not need).
"""

from urllib.parse import parse_qs, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
ALLOWED_HOSTS = YOUTUBE_HOSTS | VIMEO_HOSTS


def video_host_allowed(url: str) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in {"http", "https"} and (parts.hostname or "").lower() in ALLOWED_HOSTS


def video_player_url(url: str) -> str | None:
    """The privacy-friendly player URL for a YouTube or Vimeo link, or None when it is neither."""
    if not video_host_allowed(url):
        return None
    parts = urlsplit(url)
    host = parts.hostname.lower()
    segments = [segment for segment in parts.path.split("/") if segment]
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"]):
            video_id = segments[1] if len(segments) > 1 else ""
        else:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        return f"https://www.youtube-nocookie.com/embed/{video_id}" if _safe_id(video_id) else None
    video_id = next((segment for segment in reversed(segments) if segment.isdigit()), "")
    return f"https://player.vimeo.com/video/{video_id}" if video_id else None


def _safe_id(video_id: str) -> bool:
    return bool(video_id) and all(char.isalnum() or char in "-_" for char in video_id)
