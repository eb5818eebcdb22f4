package vn.phoihop.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.phoihop.testing.RealInfrastructure;

/** Every test of this service runs on the real broker and its own real database. */
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "phoihop_report_test"))
public class TestInfrastructure {
}
