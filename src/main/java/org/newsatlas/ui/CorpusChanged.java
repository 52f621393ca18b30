package org.newsatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when a screen has changed the corpus (articles imported, deleted or re-analysed), so what
 * shows its size, such as the header's counts, follows without a page change.
 */
public class CorpusChanged extends ComponentEvent<UI> {

    public CorpusChanged(UI ui) {
        super(ui, false);
    }

    /** Fires it on the UI the component is attached to, if any. */
    public static void fire(Component from) {
        from.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new CorpusChanged(ui)));
    }
}
