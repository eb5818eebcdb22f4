package vn.phoihop.testing;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers here; the Docker client alone is not enough for Testcontainers. */
final class Docker {
    private static Boolean available;

    static synchronized boolean available() {
        if (available == null) {
            available = !"false".equalsIgnoreCase(Settings.get("PHOIHOP_TESTCONTAINERS", "phoihop.testcontainers"))
                    && (new java.io.File("/var/run/docker.sock").exists() || System.getenv("DOCKER_HOST") != null)
                    && DockerClientFactory.instance().isDockerAvailable();
        }
        return available;
    }

    private Docker() {
    }
}
