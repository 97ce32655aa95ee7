"""Every setting the app reads, with its default and meaning (the README table mirrors it)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    kind: type
    help: str


SETTINGS = (
    Setting(
        "APP_ENV",
        "development",
        str,
        "development, testing or production; production refuses default secrets",
    ),
    Setting(
        "MONGODB_URI",
        "",
        str,
        "MongoDB connection string; empty starts the embedded SecantusDB server",
    ),
    Setting("MONGODB_DB", "shengshi", str, "database name"),
    Setting(
        "MONGODB_TIMEOUT_MS",
        2000,
        int,
        "how long a request waits for an unreachable database before answering 503",
    ),
    Setting("DATA_DIR", "var", str, "where the embedded database keeps its files"),
    Setting("SECRET_KEY", "dev-secret-key-change-me", str, "Flask secret key"),
    Setting(
        "JWT_SECRET_KEY",
        "dev-jwt-secret-change-me-0123456789",
        str,
        "HMAC key that signs access and refresh tokens",
    ),
    Setting(
        "PII_KEY",
        "ZGV2LXBpaS1rZXktY2hhbmdlLW1lLTMyLWJ5dGVzISE=",
        str,
        "base64 of 32 bytes: AES-256-GCM key for ID and phone numbers at rest",
    ),
    Setting(
        "BLIND_INDEX_KEY",
        "dev-blind-index-key-change-me",
        str,
        "HMAC key for the lookup index of encrypted personal data",
    ),
    Setting(
        "HEALTH_CODE_KEK",
        "ZGV2LWhlYWx0aC1jb2RlLWtlay0zMi1ieXRlcyEhISE=",
        str,
        "base64 of 32 bytes: key that encrypts health-code signing keys at rest",
    ),
    Setting(
        "ECERT_KEK",
        "ZGV2LWVjZXJ0LWtlay1jaGFuZ2UtbWUtMzJieXRlcyE=",
        str,
        "base64 of 32 bytes: key that encrypts e-certificate issuer and wallet keys at rest",
    ),
    Setting("ACCESS_TOKEN_MINUTES", 15, int, "lifetime of an access token"),
    Setting("REFRESH_TOKEN_DAYS", 30, int, "lifetime of a refresh token"),
    Setting(
        "REVOCATION_REFRESH_SECONDS",
        1,
        int,
        "how often each process reads newer session revocations (other processes' logouts "
        "count within this)",
    ),
    Setting("MAX_CONTENT_LENGTH", 1048576, int, "largest request body in bytes (413 above)"),
    Setting(
        "SMS_PROVIDER",
        "outbox",
        str,
        "outbox (codes kept for /api/v1/dev/sms-outbox and logged) or console",
    ),
    Setting("SMS_CODE_TTL_SECONDS", 300, int, "how long an SMS code is valid"),
    Setting("SMS_CODE_MAX_ATTEMPTS", 5, int, "wrong tries that burn an SMS code"),
    Setting("SMS_RESEND_SECONDS", 60, int, "cool-down before another code to the same phone"),
    Setting("SMS_DAILY_CAP", 10, int, "codes per phone per day (UTC+8 calendar day)"),
    Setting(
        "SMS_PER_ADDRESS_LIMIT",
        "60 per hour",
        str,
        "SMS codes requested from one client address (carrier NAT: keep generous)",
    ),
    Setting(
        "LOGIN_PER_ADDRESS_LIMIT",
        "120 per hour",
        str,
        "resident login attempts from one client address",
    ),
    Setting(
        "STAFF_LOGIN_LIMIT",
        "10 per 5 minutes",
        str,
        "wrong staff passwords for one username from one client address before that pair is locked",
    ),
    Setting(
        "STAFF_LOGIN_USERNAME_LIMIT",
        "30 per hour",
        str,
        "wrong staff passwords for one username from all addresses together (a slower ceiling)",
    ),
    Setting(
        "STAFF_LOGIN_ADDRESS_LIMIT",
        "50 per 5 minutes",
        str,
        "wrong staff passwords from one client address, whatever the username",
    ),
    Setting("RATELIMIT_ENABLED", True, bool, "false switches every rate limit off (load tests)"),
    Setting(
        "RATELIMIT_STORAGE_URI",
        "",
        str,
        "limits storage URI; empty uses the app database (memory:// in tests)",
    ),
    Setting(
        "TRUSTED_PROXIES",
        0,
        int,
        "number of reverse proxies in front whose X-Forwarded-For is trusted",
    ),
    Setting(
        "HEALTH_CODE_TOKEN_SECONDS", 300, int, "lifetime of the signed token in a health-code QR"
    ),
    Setting(
        "HEALTH_CODE_REFRESH_SECONDS", 60, int, "how often the client should fetch a fresh code"
    ),
    Setting(
        "HEALTH_CODE_KEY_REFRESH_SECONDS",
        1,
        int,
        "how often each process checks the signing keys for a rotation or retirement",
    ),
    Setting(
        "PARTNER_CODE_VALID_HOURS",
        24,
        int,
        "longest a converted partner-region code (转码) counts locally",
    ),
    Setting(
        "OFFLINE_SCAN_MAX_AGE_HOURS",
        72,
        int,
        "oldest scan an offline scanner may still upload (its token is checked as of then)",
    ),
    Setting(
        "VENUE_CHECKIN_RETENTION_DAYS",
        21,
        int,
        "days a venue check-in is kept before the database deletes it",
    ),
    Setting(
        "FAMILY_ADD_LIMIT",
        "20 per day",
        str,
        "dependants a resident may try to add (each try is a paid real-name check)",
    ),
    Setting(
        "STEP_UP_MAX_AGE_SECONDS",
        300,
        int,
        "how long a step-up (SMS code or face check on this device) counts as fresh",
    ),
    Setting(
        "ECERT_PRESENTATION_SECONDS",
        180,
        int,
        "lifetime of an e-certificate presentation QR (亮证); verifiers refuse older ones",
    ),
    Setting(
        "ECERT_KEY_REFRESH_SECONDS",
        60,
        int,
        "how often each process re-reads the e-certificate issuer and wallet keys",
    ),
    Setting(
        "ECERT_BATCH_MAX_BYTES",
        8388608,
        int,
        "largest batch upload of certificates in bytes (above the general body limit)",
    ),
    Setting("IDENTITY_PROVIDER", "mock", str, "real-name check provider (mock)"),
    Setting("FACE_PROVIDER", "mock", str, "liveness / face comparison provider (mock)"),
    Setting("WECHAT_PROVIDER", "mock", str, "WeChat code2session provider (mock)"),
    Setting(
        "PASSWORD_HASH_COST",
        16384,
        int,
        "scrypt cost N for staff passwords (a power of two; lower only in tests)",
    ),
    Setting(
        "DEMO_PASSWORD",
        "shengshi-demo",
        str,
        "password of the demo staff accounts seeded in development",
    ),
    Setting(
        "SERVICES_SEED_AT_START",
        True,
        bool,
        "store the seeded services catalogue at start (false: at its first use, as in tests)",
    ),
    Setting(
        "SERVICES_UPLOAD_MAX_BYTES",
        5242880,
        int,
        "largest uploaded material (PDF, JPEG or PNG) in bytes; above the general body limit",
    ),
    Setting(
        "SERVICES_RATING_DEFAULT_DAYS",
        15,
        int,
        "days after completion when an unrated case takes the system default rating",
    ),
    Setting("PAYMENT_PROVIDER", "mock", str, "payment gateway (mock: a local signed-callback one)"),
    Setting(
        "PAYMENT_NOTIFY_SECRET",
        "dev-payment-notify-secret-change-me",
        str,
        "HMAC key the payment gateway signs its notifications with",
    ),
    Setting(
        "NOTIFY_CHANNELS",
        "sms,wechat",
        str,
        "channels every inbox message is also sent through (mock SMS, mock WeChat subscription)",
    ),
    Setting("LOG_LEVEL", "INFO", str, "log level of the JSON request log"),
    Setting(
        "HTTPS",
        False,
        bool,
        "serve TLS (gunicorn): phones need it for the camera and WebCrypto; binds 0.0.0.0:8443",
    ),
    Setting(
        "TLS_CERT",
        "",
        str,
        "with HTTPS: certificate chain (PEM); empty makes a development one under DATA_DIR/tls",
    ),
    Setting("TLS_KEY", "", str, "with HTTPS: the private key of TLS_CERT (PEM)"),
)
