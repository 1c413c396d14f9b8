/**
 * Variables official images document as required: the image's entrypoint refuses to
 * initialise a new data directory without them. One row per image; a row holds the
 * names of which at least one must be non-empty, the setting that lifts the need, and
 * where the image's documentation says so. Only images run as published (`image:`
 * without `build:`) are judged: a built image may change its entrypoint.
 *
 * To add an image: its Docker Hub description (docker-library/docs) must say the
 * variable is required, and the row names that page.
 */
export interface ImageRequirement {
  /** Repository names as `image:` writes them after the registry and `library/` (`postgres`, not `postgres:16`). */
  images: string[];
  /** At least one of these must reach the container with a non-empty value. */
  oneOf: string[];
  /** A variable whose value makes the need go away. */
  unless?: { name: string; value: string };
  source: string;
}

const IMAGE_REQUIREMENTS: ImageRequirement[] = [
  {
    // "This environment variable is required for you to use the PostgreSQL image. It must not be empty or undefined."
    // "If you set POSTGRES_HOST_AUTH_METHOD to trust, then POSTGRES_PASSWORD is not required." `_FILE` reads it from a secret.
    images: ['postgres'],
    oneOf: ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_FILE'],
    unless: { name: 'POSTGRES_HOST_AUTH_METHOD', value: 'trust' },
    source: 'hub.docker.com/_/postgres: "POSTGRES_PASSWORD … is required … It must not be empty or undefined", unless POSTGRES_HOST_AUTH_METHOD=trust',
  },
  {
    // "MYSQL_ROOT_PASSWORD: This variable is mandatory"; MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD are the
    // documented alternatives (the entrypoint: "You need to specify one of the following as an environment variable").
    images: ['mysql'],
    oneOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
    source: 'hub.docker.com/_/mysql: one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD is required',
  },
  {
    // "One of MARIADB_ROOT_PASSWORD_HASH, MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD, or MARIADB_RANDOM_ROOT_PASSWORD
    // (including *_FILE equivalents) is required"; the MYSQL_* names are read too.
    images: ['mariadb'],
    oneOf: [
      'MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD',
      'MARIADB_ROOT_PASSWORD_FILE', 'MARIADB_ROOT_PASSWORD_HASH_FILE',
      'MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE',
    ],
    source: 'hub.docker.com/_/mariadb: one of MARIADB_ROOT_PASSWORD(_HASH), MARIADB_ALLOW_EMPTY_ROOT_PASSWORD, MARIADB_RANDOM_ROOT_PASSWORD (or a MYSQL_* / *_FILE equivalent) is required',
  },
];

/** The repository of an image reference: `docker.io/library/postgres:16@sha256:…` → `postgres`. */
function imageRepository(reference: string): string {
  let name = reference.trim().toLowerCase();
  const digest = name.indexOf('@');
  if (digest >= 0) name = name.slice(0, digest);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  for (const prefix of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/']) if (name.startsWith(prefix)) name = name.slice(prefix.length);
  if (name.startsWith('library/')) name = name.slice('library/'.length);
  return name;
}

/** The requirement of a published image, if the table has one. */
export function requirementOf(image: string | undefined): ImageRequirement | undefined {
  if (!image) return undefined;
  const repository = imageRepository(image);
  return IMAGE_REQUIREMENTS.find((row) => row.images.includes(repository));
}
