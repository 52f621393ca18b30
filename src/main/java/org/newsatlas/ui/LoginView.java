package org.newsatlas.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign in: a plain HTML form that posts the name and password to Spring Security ({@code POST /login}), which
 * sends the person back to the page they wanted. Built from native elements, so the production frontend bundle
 * needs no login component.
 */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@PageTitle("Sign in · News Atlas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "login";
    private final Paragraph error = new Paragraph("Wrong name or password. Try again.");

    public LoginView() {
        error.addClassName("na-login-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Form form = new Form();
        form.getElement().setAttribute("method", "post").setAttribute("action", ROUTE);
        form.addClassName("na-login-form");
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("width", "min(20rem, 90vw)");
        form.add(field("Name", "username", "text", "username"), field("Password", "password", "password",
                "current-password"), submit());
        add(new H2("Sign in"), new Paragraph("Adding, deleting and correcting articles needs an editor's account."),
                error, form);
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static Div field(String label, String name, String type, String autocomplete) {
        Input input = new Input();
        input.setType(type);
        input.setId("na-login-" + name);
        input.getElement().setAttribute("name", name).setAttribute("autocomplete", autocomplete)
                .setAttribute("required", true);
        input.getStyle().set("font", "inherit").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-50pct)").set("border-radius", "var(--lumo-border-radius-m)");
        NativeLabel text = new NativeLabel(label);
        text.setFor(input);
        Div field = new Div(text, input);
        field.getStyle().set("display", "flex").set("flex-direction", "column");
        return field;
    }

    private static NativeButton submit() {
        NativeButton button = new NativeButton("Sign in");
        button.getElement().setAttribute("type", "submit");
        button.addClassName("na-login-submit");
        button.getStyle().set("font", "inherit").set("padding", "var(--lumo-space-s)")
                .set("color", "var(--lumo-primary-contrast-color)").set("background", "var(--lumo-primary-color)")
                .set("border", "none").set("border-radius", "var(--lumo-border-radius-m)").set("cursor", "pointer");
        return button;
    }

    /** A native {@code <form>}: the browser posts it, not Vaadin. */
    @Tag("form")
    private static final class Form extends HtmlContainer {
    }
}
