package com.clinicsuite.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ClinicExceptionHandler} (registered in faces-config.xml). */
public class ClinicExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ClinicExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ClinicExceptionHandler(getWrapped().getExceptionHandler());
    }
}
