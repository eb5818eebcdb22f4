package vn.phoihop.console.services;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;

/** Every call to a service carries the signed-in user's own token: the services decide what the user may see and do. */
@ApplicationScoped
public class UserToken implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        var user = Arc.container().instance(CurrentUser.class);
        SignedIn signedIn = user.isAvailable() ? user.get().get() : null;
        if (signedIn != null) {
            headers.putSingle("Authorization", "Bearer " + signedIn.token());
        }
        headers.putSingle("Accept-Language", "vi");
        return headers;
    }
}
