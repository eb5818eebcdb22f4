package vn.phoihop.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.phoihop.testing.RealInfrastructure;

/** Every test of this service runs on the real broker, its own real database and a real SMTP server. */
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "phoihop_notification_test"))
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {
}
